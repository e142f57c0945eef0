package dev.responder.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Severity;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Response deadlines and escalation, on the shipped catalog's Berlin business calendar. */
class ResponseClockTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final ResponseClock clock = new ResponseClock(CrmCatalog.load());

  private static Instant berlin(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), BERLIN).toInstant();
  }

  @ParameterizedTest(name = "P4 detected {0} -> due {1}")
  @CsvSource({
    "2026-11-27T17:30, 2026-11-30T09:00", // Friday evening -> Monday start of day
    "2026-11-27T08:00, 2026-11-30T09:00", // Friday before work still counts Friday as its day
    "2026-11-28T12:00, 2026-11-30T09:00", // Saturday -> Monday
    "2026-11-24T15:00, 2026-11-25T09:00", // Tuesday -> Wednesday
    "2026-12-23T10:00, 2026-12-28T09:00", // before the Christmas holidays and a weekend
  })
  void shouldDueP4AtTheStartOfTheNextBusinessDay(String detected, String due) {
    assertThat(clock.respondBy(Severity.P4, berlin(detected))).isEqualTo(berlin(due));
  }

  @Test
  void shouldDueTheOtherSeveritiesAfterTheirResponseTime() {
    Instant detected = berlin("2026-11-27T17:30");

    assertThat(clock.respondBy(Severity.P1, detected)).isEqualTo(berlin("2026-11-27T17:45"));
    assertThat(clock.respondBy(Severity.P2, detected)).isEqualTo(berlin("2026-11-27T18:30"));
    assertThat(clock.respondBy(Severity.P3, detected)).isEqualTo(berlin("2026-11-27T21:30"));
  }

  @ParameterizedTest(name = "{0} minutes after detection -> level {1}")
  @CsvSource({"0, 1", "14, 1", "15, 2", "44, 2", "45, 3", "104, 3", "105, 4", "10000, 4"})
  void shouldEscalateLevelByLevelWhileNobodyAcknowledges(long minutes, int level) {
    Instant detected = Instant.parse("2026-11-24T10:00:00Z");

    assertThat(clock.escalationAt(detected, detected.plusSeconds(minutes * 60)).level())
        .isEqualTo(level);
  }

  @Test
  void shouldTellWhenTheNextLevelIsReached() {
    Instant detected = Instant.parse("2026-11-24T10:00:00Z");

    assertThat(clock.nextEscalationAfter(detected, detected.plusSeconds(20 * 60)))
        .contains(detected.plusSeconds(45 * 60));
    assertThat(clock.nextEscalationAfter(detected, detected.plusSeconds(200 * 60))).isEmpty();
  }
}
