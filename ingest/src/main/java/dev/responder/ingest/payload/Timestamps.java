package dev.responder.ingest.payload;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * RFC 3339 timestamps as Alertmanager (Go) writes them: any offset, up to nanoseconds. Kept to
 * years 1..9999 so every value fits Avro's timestamp-millis; stored truncated to milliseconds.
 */
final class Timestamps {

  /** Go's zero {@code time.Time}: Alertmanager's way of saying "no end time yet". */
  static final Instant GO_ZERO_TIME = Instant.parse("0001-01-01T00:00:00Z");

  private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private Timestamps() {}

  /** The instant written in {@code text}, or empty when it is not an RFC 3339 date-time. */
  static Optional<Instant> parse(String text) {
    try {
      Instant instant =
          OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      if (instant.isBefore(GO_ZERO_TIME) || instant.isAfter(LATEST)) {
        return Optional.empty();
      }
      return Optional.of(instant.truncatedTo(ChronoUnit.MILLIS));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
