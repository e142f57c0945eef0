package dev.responder.remediator.paging;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads an HTTP {@code Retry-After} header (RFC 9110): a number of seconds or an HTTP date. Garbage
 * or a date in the past reads as no advice, so the backoff decides.
 */
public final class RetryAfter {

  private RetryAfter() {}

  public static Optional<Duration> parse(Optional<String> header, Instant now) {
    if (header.isEmpty() || header.get().isBlank()) {
      return Optional.empty();
    }
    String value = header.get().trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Optional.of(Duration.between(now, at)) : Optional.empty();
      } catch (DateTimeParseException notADate) {
        return Optional.empty();
      }
    }
  }
}
