package dev.responder.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the serde's decoder, the first code that touches every record read from a topic. The first
 * byte picks the contract type, the rest is the record value; the only failure allowed is {@link
 * UndecodableRecordException} with its closed reason, which the services route to a dead-letter
 * topic. Seeds (in {@code AvroSerdeFuzzTestInputs/}) are real encoded records of every type.
 */
class AvroSerdeFuzzTest {

  private static final List<Deserializer<?>> DECODERS =
      List.of(
          ResponderSerdes.alert().deserializer(),
          ResponderSerdes.incident().deserializer(),
          ResponderSerdes.incidentEvent().deserializer(),
          ResponderSerdes.outcome().deserializer(),
          ResponderSerdes.command().deserializer());

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void shouldDecodeOrNameTheReason(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Deserializer<?> decoder = DECODERS.get(Math.floorMod(input[0], DECODERS.size()));
    byte[] value = Arrays.copyOfRange(input, 1, input.length);
    try {
      Object record = decoder.deserialize("responder.fuzz.v1", value);
      assertThat(record).isNotNull();
    } catch (UndecodableRecordException e) {
      assertThat(e.reason()).isNotNull();
      assertThat(e.byteLength()).isEqualTo(value.length);
      assertThat(e.getMessage()).contains(e.reason().name());
    }
  }
}
