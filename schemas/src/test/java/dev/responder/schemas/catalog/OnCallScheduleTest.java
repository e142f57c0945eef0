package dev.responder.schemas.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The commander rotation: weekly hand-overs on Monday 09:00 Berlin, alice, bob, carol, dave. */
class OnCallScheduleTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private final OnCallSchedule schedule = CrmCatalog.load().onCall();

  private static Instant berlin(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BERLIN).toInstant();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "2026-01-05T09:00, alice", // the first hand-over instant belongs to the new commander
    "2026-01-12T08:59, alice", // a minute before the second hand-over
    "2026-01-12T09:00, bob",
    "2026-01-26T09:00, dave",
    "2026-02-02T09:00, alice", // round the list
    "2026-01-05T08:59, dave", // before the first hand-over the rotation runs backwards
    "2026-03-30T09:00, alice", // first Monday after the switch to summer time: still 09:00 local
    "2026-03-30T08:59, dave",
  })
  void shouldNameTheCommanderAtHandOverBoundaries(String at, String commander) {
    assertThat(schedule.commanderAt(berlin(at))).isEqualTo(commander);
  }

  @Test
  void shouldTellWhenTheNextHandOverIs() {
    assertThat(schedule.nextHandOverAfter(berlin("2026-01-07T12:00")))
        .isEqualTo(berlin("2026-01-12T09:00"));
  }

  @Test
  void shouldSupportShiftsShorterThanADay() {
    OnCallSchedule followTheSun =
        new OnCallSchedule(
            ZoneId.of("UTC"),
            LocalDateTime.parse("2026-01-01T06:00"),
            Duration.ofHours(12),
            List.of("emea", "amer"));

    assertThat(followTheSun.commanderAt(Instant.parse("2026-01-01T17:59:59Z"))).isEqualTo("emea");
    assertThat(followTheSun.commanderAt(Instant.parse("2026-01-01T18:00:00Z"))).isEqualTo("amer");
    assertThat(followTheSun.commanderAt(Instant.parse("2026-01-02T06:00:00Z"))).isEqualTo("emea");
  }
}
