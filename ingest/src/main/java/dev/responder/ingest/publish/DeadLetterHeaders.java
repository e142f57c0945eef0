package dev.responder.ingest.publish;

/**
 * The record headers of a dead letter ingest writes to {@code responder.alerts.dlq.v1}; the value
 * is the alert's JSON exactly as sent (cut at {@link #MAX_VALUE_BYTES}), the key the request id.
 * {@link #REASON} is the header the correlator's dead letters carry too.
 */
public final class DeadLetterHeaders {

  /** The reason code, e.g. {@code invalid_timestamp} (a {@code Rejection} code). */
  public static final String REASON = "responder.dlq.reason";

  /** The JSON pointer of the field at fault, within the request. */
  public static final String POINTER = "responder.dlq.pointer";

  /** The JSON pointer of the alert within the request, e.g. {@code /alerts/3}. */
  public static final String ELEMENT = "responder.dlq.element";

  /** A message a person can act on. */
  public static final String MESSAGE = "responder.dlq.message";

  /** Who wrote it: {@code ingest/alertmanager} or {@code ingest/events}. */
  public static final String SOURCE = "responder.dlq.source";

  /**
   * Present when the value is cut: the alert's length in bytes as sent. A dead letter keeps at most
   * {@link #MAX_VALUE_BYTES} of it, so that one oversized alert cannot exceed Kafka's record size
   * and fail the whole request.
   */
  public static final String TRUNCATED_FROM = "responder.dlq.truncated-from";

  /** The most of an alert's JSON a dead letter keeps (Kafka refuses records over 1 MiB). */
  public static final int MAX_VALUE_BYTES = 256 << 10;

  /** The request id, as on stored alerts. */
  public static final String REQUEST_ID = "request-id";

  /** The W3C traceparent, when the sender sent a well-formed one. */
  public static final String TRACEPARENT = "traceparent";

  private DeadLetterHeaders() {}
}
