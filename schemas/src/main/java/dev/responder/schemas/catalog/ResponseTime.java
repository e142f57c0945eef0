package dev.responder.schemas.catalog;

import dev.responder.schemas.catalog.operation.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How soon a severity must be responded to: either a fixed time after detection, or (when {@code
 * within} is empty) the start of the next business day.
 */
public record ResponseTime(Optional<Duration> within) {

  /** The catalog's word for "start of the next business day". */
  public static final String NEXT_BUSINESS_DAY = "nextBusinessDay";

  public static ResponseTime within(Duration duration) {
    return new ResponseTime(Optional.of(duration));
  }

  public static ResponseTime nextBusinessDay() {
    return new ResponseTime(Optional.empty());
  }

  /** The response deadline for an incident detected at {@code detectedAt}. */
  public Instant deadline(Instant detectedAt, BusinessCalendar calendar) {
    return within.map(detectedAt::plus).orElseGet(() -> calendar.nextBusinessDayStart(detectedAt));
  }

  @Override
  public String toString() {
    return within.map(Durations::format).orElse(NEXT_BUSINESS_DAY);
  }
}
