package dev.responder.correlator.testing;

import dev.responder.correlator.domain.EscalationLevel;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.schemas.avro.Severity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The runbook's response times (P1 15 min, P2 1 h, P3 4 h, P4 09:00 UTC of the next weekday), a
 * three-level escalation path and one on-call engineer: the shape the catalog will provide.
 */
public final class WeekdayPolicy implements ResponsePolicy {

  /** The catalog-given watch for recurrence of the event-processing-lag runbook. */
  public static final Duration LAG_WATCH = Duration.ofHours(2);

  public static final List<EscalationLevel> PATH =
      List.of(
          EscalationLevel.of(1, "platform-lead", Duration.ofMinutes(30)),
          EscalationLevel.of(2, "devops-team", Duration.ofMinutes(30)),
          new EscalationLevel(3, "management", Optional.empty()));

  @Override
  public Instant responseDue(Severity severity, Instant detectedAt) {
    return switch (severity) {
      case P1 -> detectedAt.plus(Duration.ofMinutes(15));
      case P2 -> detectedAt.plus(Duration.ofHours(1));
      case P3 -> detectedAt.plus(Duration.ofHours(4));
      case P4 -> nextWeekdayMorning(detectedAt);
    };
  }

  private static Instant nextWeekdayMorning(Instant detectedAt) {
    ZonedDateTime day = detectedAt.atZone(ZoneOffset.UTC).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day.with(LocalTime.of(9, 0)).toInstant();
  }

  @Override
  public List<EscalationLevel> escalationPath() {
    return PATH;
  }

  @Override
  public Optional<String> commanderAt(Instant at) {
    return Optional.of("oncall-engineer");
  }

  /** Event-processing lag is watched for {@link #LAG_WATCH} after resolution; others not. */
  @Override
  public Optional<Duration> recurrenceWatch(String runbookId) {
    return runbookId.equals("eventprocessinglag") ? Optional.of(LAG_WATCH) : Optional.empty();
  }
}
