package dev.responder.schemas.evolution;

import java.util.Objects;
import org.apache.avro.Schema;

/**
 * One released version of a contract record: the full, self-contained schema as it was released, so
 * records written with it can still be read.
 *
 * @param recordName the record's simple name, e.g. {@code Alert}
 * @param version the release number, 1 for the first release
 * @param schema the schema as released
 */
public record ReleasedSchema(String recordName, int version, Schema schema) {

  public ReleasedSchema {
    Objects.requireNonNull(recordName, "recordName");
    Objects.requireNonNull(schema, "schema");
    if (version < 1) {
      throw new IllegalArgumentException(recordName + ": versions start at 1, got " + version);
    }
  }

  @Override
  public String toString() {
    return recordName + " v" + version;
  }
}
