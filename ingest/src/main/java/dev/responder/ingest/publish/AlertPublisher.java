package dev.responder.ingest.publish;

import dev.responder.ingest.payload.DeadLetter;
import dev.responder.schemas.avro.Alert;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * Stores the alerts and dead letters of one request. The stage completes accepted only once every
 * alert and every dead letter is durably stored, and completes (never fails) with a {@link
 * PublishFailure} otherwise, within a bound the implementation documents.
 */
public interface AlertPublisher {

  CompletionStage<PublishResult> publish(
      List<Alert> alerts, List<DeadLetter> deadLetters, TraceHeaders headers);
}
