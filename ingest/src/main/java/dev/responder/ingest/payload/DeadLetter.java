package dev.responder.ingest.payload;

import dev.responder.schemas.avro.AlertSource;
import java.util.Objects;

/**
 * One alert (or CRM event) of a request that could not be read, kept rather than dropped: the bytes
 * exactly as the sender wrote them, what was wrong and where.
 *
 * @param source which kind of sender wrote it
 * @param element the JSON pointer of the alert within the request ({@code /alerts/3}; {@code ""}
 *     for a single CRM event)
 * @param problem the reason, a message and the JSON pointer of the field at fault
 * @param raw the alert's JSON as it arrived
 */
public record DeadLetter(AlertSource source, String element, Problem problem, byte[] raw) {

  public DeadLetter {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(raw, "raw");
  }
}
