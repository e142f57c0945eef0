package dev.responder.ingest.payload;

/**
 * Why a request was refused, or why one alert of it was dead-lettered, with the HTTP status a
 * refused request is answered with. Each value is also a metric outcome, so the set is closed:
 * every 4xx the ingest service answers, and every dead letter's reason, is one of these.
 */
public enum Rejection {
  MALFORMED_JSON(400),
  INVALID_UTF8(400),
  UNSUPPORTED_VERSION(400),
  MISSING_FIELD(400),
  INVALID_FIELD(400),
  INVALID_TIMESTAMP(400),
  BODY_TOO_LARGE(413),
  TOO_MANY_ALERTS(413),
  TOO_MANY_LABELS(413),
  LABEL_TOO_LONG(413),
  ALERT_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  UNAUTHORIZED(401),
  WRONG_ENDPOINT(403),
  METHOD_NOT_ALLOWED(405);

  private final int httpStatus;

  Rejection(int httpStatus) {
    this.httpStatus = httpStatus;
  }

  /** The status code answered for this rejection; always 4xx, since the sender must not retry. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The snake_case name used in error bodies and as the metric outcome tag. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
