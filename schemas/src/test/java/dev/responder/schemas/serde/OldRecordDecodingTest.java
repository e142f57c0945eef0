package dev.responder.schemas.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.evolution.ReleasedSchemas;
import dev.responder.schemas.evolution.TestSchemas;
import dev.responder.schemas.serde.UndecodableRecordException.Reason;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An alert written by an older producer, with a schema that lacked several of today's fields, must
 * decode with today's reader once that version is in the schema store, defaults filled in.
 */
class OldRecordDecodingTest {

  private static final String TOPIC = "responder.alerts.v1";
  private static final Schema V0 = TestSchemas.load("old/Alert-v0.avsc");

  private byte[] writtenWithV0;

  @BeforeEach
  void writeAnAlertWithTheOldSchema() throws Exception {
    Schema status = V0.getField("status").schema();
    Schema source = V0.getField("source").schema();
    GenericRecord old =
        new GenericRecordBuilder(V0)
            .set("fingerprint", "22199ddd4e790a23")
            .set("status", new GenericData.EnumSymbol(status, "RESOLVED"))
            .set("source", new GenericData.EnumSymbol(source, "ALERTMANAGER"))
            .set("labels", SampleRecords.LABELS)
            .set("startsAt", SampleRecords.STARTS_AT.toEpochMilli())
            .set("endsAt", SampleRecords.STARTS_AT.plusSeconds(600).toEpochMilli())
            .set("receivedAt", SampleRecords.STARTS_AT.plusSeconds(601).toEpochMilli())
            .set("requestId", "req-0001")
            .build();
    writtenWithV0 = SingleObject.encode(V0, old);
  }

  @Test
  void shouldDecodeAnOldAlertIntoTheCurrentClassWithDefaultsFilled() {
    // given
    SchemaStore.Cache store = ReleasedSchemas.store(Alert.getClassSchema());
    store.addSchema(V0);
    AvroSerde<Alert> serde = AvroSerde.of(Alert.class, store);

    // when
    Alert alert = serde.deserializer().deserialize(TOPIC, writtenWithV0);

    // then: the fields v0 had are read...
    assertThat(alert.getFingerprint()).isEqualTo("22199ddd4e790a23");
    assertThat(alert.getStatus()).isEqualTo(AlertStatus.RESOLVED);
    assertThat(alert.getSource()).isEqualTo(AlertSource.ALERTMANAGER);
    assertThat(alert.getLabels()).containsExactlyInAnyOrderEntriesOf(SampleRecords.LABELS);
    assertThat(alert.getEndsAt()).isEqualTo(SampleRecords.STARTS_AT.plusSeconds(600));
    assertThat(alert.getRequestId()).isEqualTo("req-0001");
    // ...and the fields added since take their defaults
    assertThat(alert.getAnnotations()).isEqualTo(Map.of());
    assertThat(alert.getAttributes()).isEqualTo(Map.of());
    assertThat(alert.getGroupKey()).isNull();
    assertThat(alert.getEventType()).isNull();
  }

  @Test
  void shouldRefuseTheOldAlertWhileItsVersionIsNotInTheStore() {
    // given: the released versions only, which do not include this test-only v0
    AvroSerde<Alert> serde = AvroSerde.of(Alert.class);

    // when / then
    assertThatThrownBy(() -> serde.deserializer().deserialize(TOPIC, writtenWithV0))
        .isInstanceOfSatisfying(
            UndecodableRecordException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.UNKNOWN_SCHEMA_FINGERPRINT));
  }
}
