package dev.responder.schemas.evolution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.avro.Schema;

/** Loads the schemas held in test resources (old, broken and compatible variants). */
public final class TestSchemas {

  private TestSchemas() {}

  /** The schema at {@code path} on the test classpath, parsed on its own. */
  public static Schema load(String path) {
    try (InputStream in = TestSchemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test schema at " + path);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
