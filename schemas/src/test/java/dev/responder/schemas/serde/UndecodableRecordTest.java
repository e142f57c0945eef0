package dev.responder.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.serde.UndecodableRecordException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.avro.SystemLimitException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class UndecodableRecordTest {

  private static final String TOPIC = "responder.alerts.v1";
  private static final Deserializer<Alert> ALERTS = ResponderSerdes.alert().deserializer();

  private final byte[] goodAlert =
      ResponderSerdes.alert().serializer().serialize(TOPIC, SampleRecords.alert());

  @Test
  void shouldRejectJsonAsNotSingleObjectEncoding() {
    // given
    byte[] json = "{\"fingerprint\":\"22199ddd4e790a23\"}".getBytes(StandardCharsets.UTF_8);

    // when / then
    assertThatThrownBy(() -> ALERTS.deserialize(TOPIC, json))
        .isInstanceOf(SerializationException.class)
        .isInstanceOfSatisfying(
            UndecodableRecordException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(Reason.NOT_SINGLE_OBJECT_ENCODING);
              assertThat(e.recordType()).isEqualTo("Alert");
              assertThat(e.byteLength()).isEqualTo(json.length);
            })
        .hasMessage(
            "Cannot decode Alert on topic responder.alerts.v1 from "
                + json.length
                + " bytes:"
                + " NOT_SINGLE_OBJECT_ENCODING: expected the marker C3 01, got 7B 22");
  }

  @Test
  void shouldRejectAnEmptyValue() {
    assertUndecodable(new byte[0], Reason.NOT_SINGLE_OBJECT_ENCODING)
        .hasMessageContaining("from 0 bytes")
        .hasMessageEndingWith("got only 0 bytes");
  }

  @Test
  void shouldRejectAWrongMarker() {
    // given: a good record whose second marker byte is wrong
    byte[] wrongMagic = goodAlert.clone();
    wrongMagic[1] = 0x02;

    // when / then
    assertUndecodable(wrongMagic, Reason.NOT_SINGLE_OBJECT_ENCODING)
        .hasMessageEndingWith("got C3 02");
  }

  @Test
  void shouldRejectAnUnknownFingerprintNamingIt() {
    // given: a good record whose fingerprint no Alert version has
    byte[] unknown = goodAlert.clone();
    Arrays.fill(unknown, 2, 10, (byte) 0xAB);

    // when / then
    assertUndecodable(unknown, Reason.UNKNOWN_SCHEMA_FINGERPRINT)
        .hasMessage(
            "Cannot decode Alert on topic responder.alerts.v1 from "
                + unknown.length
                + " bytes, schema fingerprint 0xabababababababab: UNKNOWN_SCHEMA_FINGERPRINT:"
                + " not the current or a released Alert schema");
  }

  @Test
  void shouldRejectATruncatedBodyAsCorrupt() {
    // given
    byte[] truncated = Arrays.copyOf(goodAlert, goodAlert.length - 20);

    // when / then
    assertUndecodable(truncated, Reason.CORRUPT_BODY)
        .hasMessageContaining("from " + truncated.length + " bytes, schema fingerprint 0x")
        .hasMessageContaining("CORRUPT_BODY: EOFException");
  }

  @Test
  void shouldRejectABodyClaimingAHugeStringAsCorruptUnderAvroLengthLimits() {
    // given: the JVM runs with Avro's length limits (the pom sets them, as services must);
    // without them Avro would try to allocate the ~1 GiB this 15-byte record claims
    assertThat(System.getProperty(SystemLimitException.MAX_STRING_LENGTH_PROPERTY)).isNotNull();
    byte[] hostile = Arrays.copyOf(goodAlert, 15);
    byte[] hugeLength = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07};
    System.arraycopy(hugeLength, 0, hostile, 10, hugeLength.length);

    // when / then
    assertUndecodable(hostile, Reason.CORRUPT_BODY)
        .hasMessageContaining("CORRUPT_BODY: SystemLimitException");
  }

  @Test
  void shouldRejectTrailingBytesAfterTheRecordAsCorrupt() {
    // given
    byte[] padded = Arrays.copyOf(goodAlert, goodAlert.length + 3);

    // when / then
    assertUndecodable(padded, Reason.CORRUPT_BODY)
        .hasMessageEndingWith("CORRUPT_BODY: 3 bytes left after the record");
  }

  @Test
  void shouldRejectAnAlertReadAsAnotherRecordType() {
    // given: an Alert on the commands topic, a producer bug
    Deserializer<?> commands = ResponderSerdes.command().deserializer();

    // when / then
    assertThatThrownBy(() -> commands.deserialize("responder.commands.v1", goodAlert))
        .isInstanceOfSatisfying(
            UndecodableRecordException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA_FINGERPRINT))
        .hasMessageStartingWith("Cannot decode Command on topic responder.commands.v1");
  }

  /** Decodes {@code bytes} as an Alert and asserts it fails for {@code reason}. */
  private static AbstractThrowableAssert<?, ? extends Throwable> assertUndecodable(
      byte[] bytes, Reason reason) {
    return assertThatThrownBy(() -> ALERTS.deserialize(TOPIC, bytes))
        .isInstanceOfSatisfying(
            UndecodableRecordException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
