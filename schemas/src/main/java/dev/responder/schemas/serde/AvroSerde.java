package dev.responder.schemas.serde;

import dev.responder.schemas.evolution.ReleasedSchemas;
import dev.responder.schemas.serde.UndecodableRecordException.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import org.apache.avro.Schema;
import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Kafka serde for one generated Avro record class in single-object encoding. It writes with the
 * class's current schema and reads any writer schema its {@link SchemaStore} knows, resolving it to
 * the current class (defaults filled). Null is a tombstone both ways. Thread-safe and stateless, so
 * one instance may be shared.
 *
 * @param <T> the generated record class
 */
public final class AvroSerde<T extends SpecificRecord> implements Serde<T> {

  static {
    ContractClassTrust.install();
  }

  private final String recordType;
  private final BinaryMessageEncoder<T> encoder;
  private final BinaryMessageDecoder<T> decoder;

  private AvroSerde(Class<T> type, SchemaStore store) {
    // The class's own model carries its logical-type conversions (Instant for timestamp-millis);
    // this is what the generated getEncoder() and createDecoder(SchemaStore) build as well.
    SpecificData model = SpecificData.getForClass(type);
    Schema schema = model.getSchema(type);
    this.recordType = schema.getName();
    this.encoder = new BinaryMessageEncoder<>(model, schema);
    this.decoder = new BinaryMessageDecoder<>(model, schema, store);
  }

  /** A serde reading the current schema and every released version of {@code type}. */
  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type) {
    return of(type, ReleasedSchemas.store(SpecificData.getForClass(type).getSchema(type)));
  }

  /** A serde reading the writer schemas {@code store} holds (the current one is always added). */
  public static <T extends SpecificRecord> AvroSerde<T> of(Class<T> type, SchemaStore store) {
    return new AvroSerde<>(type, store);
  }

  @Override
  public Serializer<T> serializer() {
    return this::serialize;
  }

  @Override
  public Deserializer<T> deserializer() {
    return this::deserialize;
  }

  private byte[] serialize(String topic, T record) {
    if (record == null) {
      return null;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      encoder.encode(record, out);
    } catch (IOException | RuntimeException e) {
      // Avro reports a missing required field as a NullPointerException naming the field.
      throw new SerializationException(
          "Cannot encode " + recordType + onTopic(topic) + ": " + e.getMessage(), e);
    }
    return out.toByteArray();
  }

  private T deserialize(String topic, byte[] data) {
    if (data == null) {
      return null;
    }
    ByteArrayInputStream in = new ByteArrayInputStream(data);
    T record;
    try {
      record = decoder.decode(in, null);
    } catch (BadHeaderException e) {
      throw undecodable(Reason.NOT_SINGLE_OBJECT_ENCODING, topic, data, headerDetail(data), e);
    } catch (MissingSchemaException e) {
      String detail = "not the current or a released " + recordType + " schema";
      throw undecodable(Reason.UNKNOWN_SCHEMA_FINGERPRINT, topic, data, detail, e);
    } catch (IOException | RuntimeException e) {
      throw undecodable(Reason.CORRUPT_BODY, topic, data, causeDetail(e), e);
    }
    if (in.available() > 0) {
      String detail = in.available() + " bytes left after the record";
      throw undecodable(Reason.CORRUPT_BODY, topic, data, detail, null);
    }
    return record;
  }

  private UndecodableRecordException undecodable(
      Reason reason, String topic, byte[] data, String detail, Throwable cause) {
    return new UndecodableRecordException(reason, recordType, topic, data, detail, cause);
  }

  private static String headerDetail(byte[] data) {
    if (data.length < 10) {
      return "expected the marker C3 01 and an 8-byte schema fingerprint, got only "
          + data.length
          + " bytes"
          + (data.length == 0
              ? ""
              : ": " + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(data));
    }
    return "expected the marker C3 01, got "
        + HexFormat.ofDelimiter(" ").withUpperCase().formatHex(data, 0, 2);
  }

  private static String causeDetail(Exception e) {
    Throwable root = e.getCause() != null ? e.getCause() : e;
    return root.getClass().getSimpleName()
        + (root.getMessage() == null ? "" : " " + root.getMessage());
  }

  private static String onTopic(String topic) {
    return topic == null ? "" : " for topic " + topic;
  }
}
