package dev.responder.correlator.topology;

import dev.responder.correlator.domain.Disposition;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/**
 * Sends records that cannot be decoded to the dead-letter topic and carries on. Kafka Streams'
 * built-in dead-letter queue (KIP-1034, {@code errors.dead.letter.queue.topic.name}) writes the raw
 * key and value with the exception, message, stack trace, topic, partition and offset in headers;
 * this handler adds Responder's own {@code responder.dlq.reason} header and counts the alert as
 * dead-lettered.
 */
public final class AlertDeadLetterHandler extends LogAndContinueExceptionHandler {

  /** Config key under which the topology passes its {@link Dispositions}. */
  public static final String DISPOSITIONS_CONFIG = "responder.correlator.dispositions";

  /** Config key naming the alerts topic, whose dead letters count as alert dispositions. */
  public static final String ALERTS_TOPIC_CONFIG = "responder.correlator.alerts.topic";

  public static final String REASON_HEADER = "responder.dlq.reason";

  private Dispositions dispositions;
  private String alertsTopic;

  @Override
  public void configure(Map<String, ?> configs) {
    super.configure(configs);
    this.dispositions = (Dispositions) configs.get(DISPOSITIONS_CONFIG);
    this.alertsTopic = (String) configs.get(ALERTS_TOPIC_CONFIG);
  }

  @Override
  public Response handleError(
      ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
    Response response = super.handleError(context, record, exception);
    byte[] reason = DeadLetterReason.of(exception).getBytes(StandardCharsets.UTF_8);
    for (ProducerRecord<byte[], byte[]> deadLetter : response.deadLetterQueueRecords()) {
      deadLetter.headers().add(REASON_HEADER, reason);
    }
    if (dispositions != null && context.topic().equals(alertsTopic)) {
      String key = record.key() == null ? "?" : new String(record.key(), StandardCharsets.UTF_8);
      dispositions.record(
          Disposition.DEAD_LETTERED,
          key,
          exception.getMessage(),
          Dispositions.where(context.topic(), context.partition(), context.offset()));
    }
    return response;
  }
}
