package dev.responder.schemas.evolution;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.avro.message.SchemaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the released versions of the contract records from the classpath, where they live by
 * convention as {@code avro/released/<Record>/v1.avsc}, {@code v2.avsc}, ... (consecutive, no
 * gaps), and builds the schema store a decoder resolves writer fingerprints with.
 */
public final class ReleasedSchemas {

  /** The classpath folder holding one sub-folder of released versions per record. */
  public static final String RESOURCE_ROOT = "avro/released/";

  /**
   * The top-level records that travel on Responder's topics (an {@code IncidentAlert} travels on
   * the correlator's member-store changelog as well as inside events): each has released versions.
   */
  public static final List<Schema> CONTRACT =
      List.of(
          Alert.getClassSchema(),
          Incident.getClassSchema(),
          IncidentEvent.getClassSchema(),
          IncidentAlert.getClassSchema(),
          RemediationOutcome.getClassSchema(),
          Command.getClassSchema());

  private static final Logger LOGGER = LoggerFactory.getLogger(ReleasedSchemas.class);

  private ReleasedSchemas() {}

  /**
   * Every released version of the record {@code current} describes, oldest first.
   *
   * @throws IllegalStateException when a released file does not parse on its own or declares
   *     another record
   */
  public static List<ReleasedSchema> of(Schema current) {
    List<ReleasedSchema> released = new ArrayList<>();
    for (int version = 1; ; version++) {
      String path = resourcePath(current.getName(), version);
      try (InputStream in = ReleasedSchemas.class.getClassLoader().getResourceAsStream(path)) {
        if (in == null) {
          break;
        }
        released.add(new ReleasedSchema(current.getName(), version, parse(in, path, current)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read released schema " + path, e);
      }
    }
    LOGGER.debug("loaded {} released versions of {}", released.size(), current.getFullName());
    return List.copyOf(released);
  }

  /**
   * A new, mutable schema store holding every released version of the record plus its current
   * schema. Callers (tests, tools) may add further versions before handing it to a decoder.
   */
  public static SchemaStore.Cache store(Schema current) {
    SchemaStore.Cache store = new SchemaStore.Cache();
    of(current).forEach(released -> store.addSchema(released.schema()));
    store.addSchema(current);
    return store;
  }

  /** Where version {@code version} of {@code recordName} lives on the classpath. */
  public static String resourcePath(String recordName, int version) {
    return RESOURCE_ROOT + recordName + "/v" + version + ".avsc";
  }

  private static Schema parse(InputStream in, String path, Schema current) throws IOException {
    Schema schema;
    try {
      // A fresh parser per file: a released version must name every type it uses inline.
      schema = new Schema.Parser().parse(in);
    } catch (SchemaParseException e) {
      throw new IllegalStateException(
          "released schema " + path + " does not parse on its own: " + e.getMessage(), e);
    }
    if (!schema.getFullName().equals(current.getFullName())) {
      throw new IllegalStateException(
          "released schema "
              + path
              + " declares "
              + schema.getFullName()
              + ", expected "
              + current.getFullName());
    }
    return schema;
  }
}
