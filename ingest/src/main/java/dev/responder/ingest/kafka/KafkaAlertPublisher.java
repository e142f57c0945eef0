package dev.responder.ingest.kafka;

import dev.responder.ingest.publish.AlertPublisher;
import dev.responder.ingest.publish.PublishFailure;
import dev.responder.ingest.publish.PublishResult;
import dev.responder.ingest.publish.TraceHeaders;
import dev.responder.schemas.avro.Alert;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.BufferExhaustedException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each alert as one record keyed by fingerprint, with the request id and traceparent as
 * headers. A request's stage completes accepted only when Kafka acknowledged every record, and
 * completes within {@link ProducerSettings#answerBound()} plus a small margin in every case.
 */
public final class KafkaAlertPublisher implements AlertPublisher {

  static final String REQUEST_ID_HEADER = "request-id";
  static final String TRACEPARENT_HEADER = "traceparent";

  /** Slack over the producer's own bound, so its expiry answer wins the race with ours. */
  private static final Duration SAFETY_MARGIN = Duration.ofMillis(500);

  private static final Logger LOGGER = LoggerFactory.getLogger(KafkaAlertPublisher.class);

  private final Producer<String, Alert> producer;
  private final String topic;
  private final Duration deliveryTimeout;

  public KafkaAlertPublisher(
      Producer<String, Alert> producer, String topic, Duration deliveryTimeout) {
    this.producer = producer;
    this.topic = topic;
    this.deliveryTimeout = deliveryTimeout;
  }

  @Override
  public CompletionStage<PublishResult> publish(List<Alert> alerts, TraceHeaders headers) {
    List<CompletableFuture<PublishResult>> acks = new ArrayList<>(alerts.size());
    for (Alert alert : alerts) {
      CompletableFuture<PublishResult> ack = send(alert, headers);
      acks.add(ack);
      // A send that failed at once (no metadata, buffer full) would block as long again for
      // every further alert; the request fails anyway, so stop here and answer in time.
      if (ack.isDone() && !ack.join().isAccepted()) {
        break;
      }
    }
    return CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new))
        .thenApply(done -> firstFailure(acks))
        .completeOnTimeout(
            PublishResult.failed(
                PublishFailure.TIMED_OUT, "no acknowledgement within " + deliveryTimeout),
            deliveryTimeout.plus(SAFETY_MARGIN).toMillis(),
            TimeUnit.MILLISECONDS);
  }

  private CompletableFuture<PublishResult> send(Alert alert, TraceHeaders trace) {
    CompletableFuture<PublishResult> ack = new CompletableFuture<>();
    try {
      producer.send(
          record(alert, trace), (metadata, error) -> ack.complete(result(metadata, error)));
    } catch (KafkaException e) {
      // Serialization and closed-producer errors are thrown rather than passed to the callback.
      ack.complete(result(null, e));
    }
    return ack;
  }

  private ProducerRecord<String, Alert> record(Alert alert, TraceHeaders trace) {
    RecordHeaders headers = new RecordHeaders();
    headers.add(REQUEST_ID_HEADER, trace.requestId().getBytes(StandardCharsets.UTF_8));
    if (trace.traceparent() != null) {
      headers.add(TRACEPARENT_HEADER, trace.traceparent().getBytes(StandardCharsets.UTF_8));
    }
    return new ProducerRecord<>(topic, null, alert.getFingerprint(), alert, headers);
  }

  private static PublishResult result(RecordMetadata metadata, Exception error) {
    if (error == null) {
      LOGGER.debug(
          "stored alert at {}-{}@{}", metadata.topic(), metadata.partition(), metadata.offset());
      return PublishResult.accepted();
    }
    PublishFailure failure = classify(error);
    if (failure == PublishFailure.UNEXPECTED) {
      LOGGER.warn("Kafka refused an alert for an unexpected reason", error);
    }
    return PublishResult.failed(
        failure, error.getClass().getSimpleName() + ": " + error.getMessage());
  }

  static PublishFailure classify(Exception error) {
    if (error instanceof BufferExhaustedException) {
      return PublishFailure.BUFFER_FULL;
    }
    if (error instanceof TimeoutException) {
      return PublishFailure.TIMED_OUT;
    }
    if (error instanceof RetriableException) {
      return PublishFailure.BROKER_UNAVAILABLE;
    }
    return PublishFailure.UNEXPECTED;
  }

  private static PublishResult firstFailure(List<CompletableFuture<PublishResult>> acks) {
    return acks.stream()
        .map(CompletableFuture::join)
        .filter(result -> !result.isAccepted())
        .findFirst()
        .orElse(PublishResult.accepted());
  }
}
