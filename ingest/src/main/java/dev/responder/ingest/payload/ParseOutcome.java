package dev.responder.ingest.payload;

import dev.responder.schemas.avro.Alert;
import java.util.List;

/** What a parser made of one request body: alerts to publish, or the problem that refused it. */
public sealed interface ParseOutcome {

  /**
   * Every alert of the request, normalised, in the order sent.
   *
   * @param truncatedAlerts how many alerts the sender said it left out (Alertmanager's {@code
   *     truncatedAlerts}); 0 for CRM events
   */
  record Accepted(List<Alert> alerts, int truncatedAlerts) implements ParseOutcome {
    public Accepted {
      alerts = List.copyOf(alerts);
    }
  }

  /** The request is refused as a whole; nothing of it may be written. */
  record Rejected(Problem problem) implements ParseOutcome {}
}
