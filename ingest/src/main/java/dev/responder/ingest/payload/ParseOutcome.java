package dev.responder.ingest.payload;

import dev.responder.schemas.avro.Alert;
import java.util.List;

/**
 * What a parser made of one request body: alerts to publish and alerts to dead-letter, or the
 * problem that refused the body as a whole.
 */
public sealed interface ParseOutcome {

  /**
   * Every alert of the request, each either normalised or dead-lettered, in the order sent.
   *
   * @param truncatedAlerts how many alerts the sender said it left out (Alertmanager's {@code
   *     truncatedAlerts}); 0 for CRM events
   */
  record Accepted(List<Alert> alerts, List<DeadLetter> deadLetters, int truncatedAlerts)
      implements ParseOutcome {
    public Accepted {
      alerts = List.copyOf(alerts);
      deadLetters = List.copyOf(deadLetters);
    }
  }

  /**
   * The body is refused as a whole, because no alert can be told apart in it; nothing of it is
   * written.
   */
  record Rejected(Problem problem) implements ParseOutcome {}
}
