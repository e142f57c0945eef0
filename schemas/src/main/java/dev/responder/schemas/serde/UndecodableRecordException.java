package dev.responder.schemas.serde;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HexFormat;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Bytes that are not a readable contract record. The {@link #reason()} is closed so a consumer can
 * route the record to a dead-letter topic with the reason in its headers; the message names the
 * record type, the byte length and, when the header was readable, the writer schema's fingerprint.
 */
public final class UndecodableRecordException extends SerializationException {

  /** Why the bytes could not be decoded. */
  public enum Reason {
    /** Fewer than 10 bytes, or the first two bytes are not the single-object marker C3 01. */
    NOT_SINGLE_OBJECT_ENCODING,
    /** The header names a writer schema that is neither current nor a released version. */
    UNKNOWN_SCHEMA_FINGERPRINT,
    /** The writer schema is known but the body does not decode with it (truncated, garbled). */
    CORRUPT_BODY
  }

  private final Reason reason;
  private final String recordType;
  private final int byteLength;

  UndecodableRecordException(
      Reason reason, String recordType, String topic, byte[] data, String detail, Throwable cause) {
    super(message(reason, recordType, topic, data, detail), cause);
    this.reason = reason;
    this.recordType = recordType;
    this.byteLength = data.length;
  }

  /** Why the bytes could not be decoded. */
  public Reason reason() {
    return reason;
  }

  /** The simple name of the record type that was expected, e.g. {@code Alert}. */
  public String recordType() {
    return recordType;
  }

  /** How many bytes the undecodable value had. */
  public int byteLength() {
    return byteLength;
  }

  private static String message(
      Reason reason, String recordType, String topic, byte[] data, String detail) {
    String where = topic == null ? "" : " on topic " + topic;
    String fingerprint =
        reason == Reason.NOT_SINGLE_OBJECT_ENCODING ? "" : ", schema fingerprint " + hex(data);
    return "Cannot decode "
        + recordType
        + where
        + " from "
        + data.length
        + " bytes"
        + fingerprint
        + ": "
        + reason
        + ": "
        + detail;
  }

  /** The writer fingerprint as Avro computes it: 8 bytes little-endian after the marker. */
  private static String hex(byte[] data) {
    long fingerprint = ByteBuffer.wrap(data, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
    return "0x" + HexFormat.of().toHexDigits(fingerprint);
  }
}
