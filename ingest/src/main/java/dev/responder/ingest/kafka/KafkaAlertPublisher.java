package dev.responder.ingest.kafka;

import dev.responder.ingest.payload.DeadLetter;
import dev.responder.ingest.publish.AlertPublisher;
import dev.responder.ingest.publish.DeadLetterHeaders;
import dev.responder.ingest.publish.PublishFailure;
import dev.responder.ingest.publish.PublishResult;
import dev.responder.ingest.publish.TraceHeaders;
import dev.responder.runtime.kafka.KafkaAccess;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes each alert as one record keyed by fingerprint on {@code responder.alerts.v1}, and each
 * dead letter as one record on {@code responder.alerts.dlq.v1}, with the request id and traceparent
 * as headers, through one producer so both share its batches. A request's stage completes accepted
 * only when Kafka acknowledged every record. No record of a request is sent once {@code maxBlock}
 * has passed since its first, so a full buffer cannot stretch a request's sends past that bound
 * however many alerts it carries; the stage completes within {@link ProducerSettings#answerBound()}
 * plus a small margin in every case.
 */
public final class KafkaAlertPublisher implements AlertPublisher {

  static final String REQUEST_ID_HEADER = DeadLetterHeaders.REQUEST_ID;
  static final String TRACEPARENT_HEADER = DeadLetterHeaders.TRACEPARENT;

  /** Slack over the producer's own bound, so its expiry answer wins the race with ours. */
  private static final Duration SAFETY_MARGIN = Duration.ofMillis(500);

  private static final Logger LOGGER = LoggerFactory.getLogger(KafkaAlertPublisher.class);

  private final Producer<byte[], byte[]> producer;
  private final String alertsTopic;
  private final String deadLetterTopic;
  private final Duration deliveryTimeout;
  private final Duration maxBlock;
  private final Serializer<String> keys = Topics.ALERTS.keys().serializer();
  private final Serializer<Alert> values = Topics.ALERTS.values().serializer();

  /**
   * What ingest does on Kafka, for its KafkaUser's ACLs: writes the alerts it accepted and the dead
   * letters of those it did not (the topics of the public constructor), and reads nothing.
   */
  public static KafkaAccess kafkaAccess() {
    return new KafkaAccess(
        Set.of(), Set.of(Topics.ALERTS.name(), Topics.ALERTS_DLQ.name()), Set.of(), Set.of());
  }

  public KafkaAlertPublisher(Producer<byte[], byte[]> producer, ProducerSettings settings) {
    this(
        producer,
        Topics.ALERTS.name(),
        Topics.ALERTS_DLQ.name(),
        settings.deliveryTimeout(),
        settings.maxBlock());
  }

  KafkaAlertPublisher(
      Producer<byte[], byte[]> producer,
      String alertsTopic,
      String deadLetterTopic,
      Duration deliveryTimeout,
      Duration maxBlock) {
    this.producer = producer;
    this.alertsTopic = alertsTopic;
    this.deadLetterTopic = deadLetterTopic;
    this.deliveryTimeout = deliveryTimeout;
    this.maxBlock = maxBlock;
  }

  @Override
  public CompletionStage<PublishResult> publish(
      List<Alert> alerts, List<DeadLetter> deadLetters, TraceHeaders trace) {
    List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
    alerts.forEach(alert -> records.add(alertRecord(alert, trace)));
    deadLetters.forEach(deadLetter -> records.add(deadLetterRecord(deadLetter, trace)));
    long sendsEndAt = System.nanoTime() + maxBlock.toNanos();
    List<CompletableFuture<PublishResult>> acks = new ArrayList<>(records.size());
    for (ProducerRecord<byte[], byte[]> record : records) {
      if (System.nanoTime() - sendsEndAt > 0) {
        // Each send may block up to max.block.ms while the buffer is full: without a bound for
        // the request as a whole, N alerts could block N times as long.
        acks.add(
            CompletableFuture.completedFuture(
                PublishResult.failed(
                    PublishFailure.BUFFER_FULL,
                    "the producer's buffer did not take the request's records within "
                        + maxBlock)));
        break;
      }
      CompletableFuture<PublishResult> ack = send(record);
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

  private CompletableFuture<PublishResult> send(ProducerRecord<byte[], byte[]> record) {
    CompletableFuture<PublishResult> ack = new CompletableFuture<>();
    try {
      producer.send(record, (metadata, error) -> ack.complete(result(metadata, error)));
    } catch (KafkaException e) {
      // Closed-producer errors are thrown rather than passed to the callback.
      ack.complete(result(null, e));
    }
    return ack;
  }

  private ProducerRecord<byte[], byte[]> alertRecord(Alert alert, TraceHeaders trace) {
    return new ProducerRecord<>(
        alertsTopic,
        null,
        keys.serialize(alertsTopic, alert.getFingerprint()),
        values.serialize(alertsTopic, alert),
        traceHeaders(trace));
  }

  private ProducerRecord<byte[], byte[]> deadLetterRecord(DeadLetter letter, TraceHeaders trace) {
    RecordHeaders headers = traceHeaders(trace);
    add(headers, DeadLetterHeaders.REASON, letter.problem().rejection().code());
    add(headers, DeadLetterHeaders.POINTER, letter.problem().pointer());
    add(headers, DeadLetterHeaders.ELEMENT, letter.element());
    add(headers, DeadLetterHeaders.MESSAGE, letter.problem().message());
    add(headers, DeadLetterHeaders.SOURCE, source(letter.source()));
    byte[] value = letter.raw();
    if (value.length > DeadLetterHeaders.MAX_VALUE_BYTES) {
      add(headers, DeadLetterHeaders.TRUNCATED_FROM, Integer.toString(value.length));
      value = Arrays.copyOf(value, DeadLetterHeaders.MAX_VALUE_BYTES);
    }
    return new ProducerRecord<>(
        deadLetterTopic, null, trace.requestId().getBytes(StandardCharsets.UTF_8), value, headers);
  }

  /** How a dead letter names its writer: {@code ingest/alertmanager} or {@code ingest/events}. */
  public static String source(AlertSource source) {
    return source == AlertSource.CRM_EVENT ? "ingest/events" : "ingest/alertmanager";
  }

  private static RecordHeaders traceHeaders(TraceHeaders trace) {
    RecordHeaders headers = new RecordHeaders();
    add(headers, REQUEST_ID_HEADER, trace.requestId());
    if (trace.traceparent() != null) {
      add(headers, TRACEPARENT_HEADER, trace.traceparent());
    }
    return headers;
  }

  private static void add(RecordHeaders headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  private static PublishResult result(RecordMetadata metadata, Exception error) {
    if (error == null) {
      LOGGER.debug(
          "stored record at {}-{}@{}", metadata.topic(), metadata.partition(), metadata.offset());
      return PublishResult.accepted();
    }
    PublishFailure failure = classify(error);
    if (failure == PublishFailure.UNEXPECTED) {
      LOGGER.warn("Kafka refused a record for an unexpected reason", error);
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
