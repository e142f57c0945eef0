package dev.responder.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericContainer;
import org.apache.avro.generic.GenericData;
import org.apache.avro.message.BinaryMessageEncoder;

/** Test helpers to look into and forge single-object encoded bytes. */
final class SingleObject {

  private SingleObject() {}

  /** The writer fingerprint in the header of {@code bytes}. */
  static long fingerprintOf(byte[] bytes) {
    return ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
  }

  /** The CRC-64-AVRO fingerprint of the record's schema. */
  static long fingerprint(GenericContainer record) {
    return SchemaNormalization.parsingFingerprint64(record.getSchema());
  }

  /** {@code record} encoded with {@code writer} by a generic (schema-only) writer. */
  static byte[] encode(Schema writer, Object record) throws IOException {
    ByteBuffer buffer = new BinaryMessageEncoder<>(GenericData.get(), writer).encode(record);
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
