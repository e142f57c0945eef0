package dev.responder.correlator.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Response;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler.Result;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.junit.jupiter.api.Test;

class AlertDeadLetterHandlerTest {

  private static final byte[] GARBAGE = "not avro at all".getBytes(StandardCharsets.UTF_8);

  private final Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());

  @Test
  void shouldSendUndecodableAlertToDeadLettersWithReasonAndContinue() {
    AlertDeadLetterHandler handler = configuredHandler();
    byte[] key = new StringSerializer().serialize(null, "fp-bad");
    Exception failure = decodeFailure();

    Response response =
        handler.handleError(
            new SourceContext(key, GARBAGE),
            new ConsumerRecord<>(Topics.ALERTS.name(), 3, 42L, key, GARBAGE),
            failure);

    assertThat(response.result()).isEqualTo(Result.RESUME);
    assertThat(response.deadLetterQueueRecords()).hasSize(1);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.topic()).isEqualTo("responder.alerts.dlq.v1");
    assertThat(letter.value()).isEqualTo(GARBAGE);
    assertThat(header(letter, AlertDeadLetterHandler.REASON_HEADER))
        .isEqualTo("NOT_SINGLE_OBJECT_ENCODING");
    assertThat(header(letter, "__streams.errors.offset")).isEqualTo("42");
    assertThat(dispositions.count(Disposition.DEAD_LETTERED)).isEqualTo(1);
  }

  @Test
  void shouldSendATombstoneToDeadLettersWithReasonTombstone() {
    AlertDeadLetterHandler handler = configuredHandler();
    byte[] key = new StringSerializer().serialize(null, "fp-deleted");
    Exception failure = tombstoneFailure();

    Response response =
        handler.handleError(
            new SourceContext(key, null),
            new ConsumerRecord<>(Topics.ALERTS.name(), 3, 43L, key, null),
            failure);

    assertThat(failure).hasMessageContaining("a tombstone (null value) on topic");
    assertThat(response.result()).isEqualTo(Result.RESUME);
    ProducerRecord<byte[], byte[]> letter = response.deadLetterQueueRecords().get(0);
    assertThat(letter.value()).isNull();
    assertThat(header(letter, AlertDeadLetterHandler.REASON_HEADER)).isEqualTo("TOMBSTONE");
    assertThat(dispositions.count(Disposition.DEAD_LETTERED)).isEqualTo(1);
  }

  private static Exception tombstoneFailure() {
    try {
      TombstoneRefusingSerde.refusingTombstones(Topics.ALERTS.values())
          .deserializer()
          .deserialize(Topics.ALERTS.name(), null);
      throw new AssertionError("a tombstone decoded");
    } catch (RuntimeException e) {
      return e;
    }
  }

  private static Exception decodeFailure() {
    try {
      Topics.ALERTS.values().deserializer().deserialize(Topics.ALERTS.name(), GARBAGE);
      throw new AssertionError("garbage decoded");
    } catch (RuntimeException e) {
      return e;
    }
  }

  private AlertDeadLetterHandler configuredHandler() {
    AlertDeadLetterHandler handler = new AlertDeadLetterHandler();
    handler.configure(
        Map.of(
            StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.ALERTS_DLQ.name(),
            AlertDeadLetterHandler.DISPOSITIONS_CONFIG, dispositions,
            AlertDeadLetterHandler.ALERTS_TOPIC_CONFIG, Topics.ALERTS.name()));
    return handler;
  }

  private static String header(ProducerRecord<byte[], byte[]> record, String name) {
    return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
  }

  /** Where the failed record was read: what Streams hands the handler. */
  private record SourceContext(byte[] key, byte[] value) implements ErrorHandlerContext {
    @Override
    public String topic() {
      return Topics.ALERTS.name();
    }

    @Override
    public int partition() {
      return 3;
    }

    @Override
    public long offset() {
      return 42L;
    }

    @Override
    public Headers headers() {
      return new RecordHeaders();
    }

    @Override
    public String processorNodeId() {
      return "alerts";
    }

    @Override
    public TaskId taskId() {
      return new TaskId(0, 3);
    }

    @Override
    public long timestamp() {
      return 0L;
    }

    @Override
    public byte[] sourceRawKey() {
      return key;
    }

    @Override
    public byte[] sourceRawValue() {
      return value;
    }
  }
}
