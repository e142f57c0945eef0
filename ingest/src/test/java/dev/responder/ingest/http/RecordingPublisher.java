package dev.responder.ingest.http;

import dev.responder.ingest.payload.DeadLetter;
import dev.responder.ingest.publish.AlertPublisher;
import dev.responder.ingest.publish.PublishResult;
import dev.responder.ingest.publish.TraceHeaders;
import dev.responder.schemas.avro.Alert;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An in-memory implementation of the publisher port, so the HTTP mapping can be specified without a
 * broker; the Kafka adapter's real behaviour is specified against the real broker in the ITs.
 */
final class RecordingPublisher implements AlertPublisher {

  record Published(List<Alert> alerts, List<DeadLetter> deadLetters, TraceHeaders headers) {}

  final List<Published> published = new CopyOnWriteArrayList<>();
  volatile PublishResult answer = PublishResult.accepted();

  @Override
  public CompletionStage<PublishResult> publish(
      List<Alert> alerts, List<DeadLetter> deadLetters, TraceHeaders headers) {
    published.add(new Published(alerts, deadLetters, headers));
    return CompletableFuture.completedFuture(answer);
  }
}
