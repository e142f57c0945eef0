package dev.responder.schemas.evolution;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.Incompatibility;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;

/**
 * Checks that a record's current schema and one of its released versions can read each other's
 * data, using Avro's own reader/writer resolution rules. Both directions matter: new services read
 * old records on replay (backward), and services not yet upgraded read new records (forward).
 */
public final class CompatibilityCheck {

  /** Which side reads and which side wrote. */
  public enum Direction {
    /** The current schema reads records written with the released one. */
    BACKWARD("the current schema reading released records"),
    /** The released schema reads records written with the current one. */
    FORWARD("the released schema reading current records");

    private final String meaning;

    Direction(String meaning) {
      this.meaning = meaning;
    }
  }

  /**
   * One reason the two schemas cannot read each other in a direction.
   *
   * @param direction which reader failed on which writer
   * @param type Avro's classification of the incompatibility
   * @param location where in the reader schema, as a JSON pointer
   * @param message Avro's explanation
   */
  public record Problem(
      Direction direction, SchemaIncompatibilityType type, String location, String message) {

    @Override
    public String toString() {
      return direction
          + " ("
          + direction.meaning
          + ") "
          + type
          + " at "
          + location
          + ": "
          + message;
    }
  }

  private CompatibilityCheck() {}

  /** Every problem between {@code current} and {@code released}; empty when fully compatible. */
  public static List<Problem> between(Schema current, Schema released) {
    List<Problem> problems = new ArrayList<>();
    collect(Direction.BACKWARD, current, released, problems);
    collect(Direction.FORWARD, released, current, problems);
    return List.copyOf(problems);
  }

  private static void collect(
      Direction direction, Schema reader, Schema writer, List<Problem> problems) {
    for (Incompatibility found :
        SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
            .getResult()
            .getIncompatibilities()) {
      problems.add(
          new Problem(direction, found.getType(), found.getLocation(), found.getMessage()));
    }
  }
}
