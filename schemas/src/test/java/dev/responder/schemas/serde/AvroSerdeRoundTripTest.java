package dev.responder.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.avro.Alert;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AvroSerdeRoundTripTest {

  private static final String TOPIC = "responder.test.v1";
  private static final byte[] SINGLE_OBJECT_MARKER = {(byte) 0xC3, 0x01};

  static Stream<Arguments> everyRecordType() {
    return Stream.of(
        Arguments.of("Alert", ResponderSerdes.alert(), SampleRecords.alert()),
        Arguments.of("Incident", ResponderSerdes.incident(), SampleRecords.incident()),
        Arguments.of(
            "IncidentEvent", ResponderSerdes.incidentEvent(), SampleRecords.incidentEvent()),
        Arguments.of("RemediationOutcome", ResponderSerdes.outcome(), SampleRecords.outcome()),
        Arguments.of("Command", ResponderSerdes.command(), SampleRecords.command()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRecordType")
  <T extends SpecificRecord> void shouldReadBackEveryFieldOfWhatItWrote(
      String type, Serde<T> serde, T record) {
    // when
    byte[] bytes = serde.serializer().serialize(TOPIC, record);
    T read = serde.deserializer().deserialize(TOPIC, bytes);

    // then
    assertThat(read).isEqualTo(record);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyRecordType")
  <T extends SpecificRecord> void shouldWriteSingleObjectEncodingWithTheCurrentFingerprint(
      String type, Serde<T> serde, T record) {
    // when
    byte[] bytes = serde.serializer().serialize(TOPIC, record);

    // then
    assertThat(bytes).startsWith(SINGLE_OBJECT_MARKER);
    assertThat(SingleObject.fingerprintOf(bytes)).isEqualTo(SingleObject.fingerprint(record));
  }

  @Test
  void shouldKeepInstantsToTheMillisecondAndMapsAndUnions() {
    // given
    Alert alert = SampleRecords.alert();

    // when
    Alert read = roundTrip(alert);

    // then
    assertThat(read.getStartsAt()).isEqualTo(SampleRecords.STARTS_AT);
    assertThat(read.getReceivedAt()).isEqualTo(SampleRecords.STARTS_AT.plusMillis(1_250));
    assertThat(read.getEndsAt()).isNull();
    assertThat(read.getLabels()).containsExactlyInAnyOrderEntriesOf(SampleRecords.LABELS);
    assertThat(read.getGeneratorUrl()).isEqualTo("http://127.0.0.1/graph");
  }

  @Test
  void shouldTurnATombstoneIntoNullBothWays() {
    // given
    Serde<Alert> serde = ResponderSerdes.alert();

    // when / then
    assertThat(serde.serializer().serialize(TOPIC, null)).isNull();
    assertThat(serde.deserializer().deserialize(TOPIC, null)).isNull();
  }

  @Test
  void shouldRefuseToEncodeARecordMissingARequiredFieldNamingTheRecordType() {
    // given
    Alert incomplete = SampleRecords.alert();
    incomplete.setRequestId(null);

    // when / then
    assertThatThrownBy(() -> ResponderSerdes.alert().serializer().serialize(TOPIC, incomplete))
        .isInstanceOf(SerializationException.class)
        .hasMessageContaining("Cannot encode Alert for topic " + TOPIC)
        .hasMessageContaining("requestId");
  }

  private static Alert roundTrip(Alert alert) {
    Serde<Alert> serde = ResponderSerdes.alert();
    return serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, alert));
  }
}
