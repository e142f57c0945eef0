package dev.responder.runtime.oncall;

import static dev.responder.runtime.oncall.ICalendarOnCallTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefreshingCalendarTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-15T00:00:00Z"), ZoneOffset.UTC);
  private static final Instant CAROL = Instant.parse("2026-10-19T07:00:00Z");
  private static final Instant BOB = Instant.parse("2026-11-16T12:00:00Z");

  @TempDir Path dir;

  private Path copy(String fixture, Path to) throws IOException {
    return Files.copy(fixture(fixture), to, StandardCopyOption.REPLACE_EXISTING);
  }

  @Test
  void shouldRefuseToStartOnAMalformedFileNamingIt() throws IOException {
    Path file = copy("malformed.ics", dir.resolve("team.ics"));

    assertThatThrownBy(() -> RefreshingCalendar.read(file, BERLIN, CLOCK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on-call calendar " + file + " is refused");
  }

  @Test
  void shouldKeepTheLastGoodScheduleWhenARefreshFails() throws IOException {
    Path file = copy("crm.ics", dir.resolve("team.ics"));
    RefreshingCalendar calendar = RefreshingCalendar.read(file, BERLIN, CLOCK);

    copy("malformed.ics", file);

    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    calendar.bindTo(registry);

    assertThat(calendar.refresh()).isFalse();
    assertThat(calendar.refreshFailures()).isEqualTo(1);
    assertThat(
            registry
                .get("responder.oncall.calendar.refresh.failures")
                .tag("file", "team.ics")
                .functionCounter()
                .count())
        .isEqualTo(1.0);
    assertThat(calendar.personAt(0, CAROL)).contains("carol");
    assertThat(calendar.personAt(0, BOB)).contains("bob");
  }

  @Test
  void shouldAnswerFromTheNewFileAfterASuccessfulRefresh() throws IOException {
    Path file = copy("crm.ics", dir.resolve("team.ics"));
    RefreshingCalendar calendar = RefreshingCalendar.read(file, BERLIN, CLOCK);

    Files.writeString(file, Files.readString(file).replace("SUMMARY:bob", "SUMMARY:erin"));

    assertThat(calendar.refresh()).isTrue();
    assertThat(calendar.refreshFailures()).isZero();
    assertThat(calendar.personAt(0, BOB)).contains("erin");
  }

  @Test
  void shouldReReadTheFileOnItsOwnThreadUntilClosed() throws IOException {
    Path file = copy("crm.ics", dir.resolve("team.ics"));

    try (RefreshingCalendar calendar =
        RefreshingCalendar.read(file, BERLIN, CLOCK).startRefreshing(Duration.ofMillis(20))) {
      Files.writeString(file, Files.readString(file).replace("SUMMARY:bob", "SUMMARY:erin"));

      await()
          .atMost(Duration.ofSeconds(30))
          .untilAsserted(() -> assertThat(calendar.personAt(0, BOB)).contains("erin"));
    }
  }

  @Test
  void shouldHoldShiftsFromAMonthBeforeToAYearAfterEachRead() throws IOException {
    Path file = copy("crm.ics", dir.resolve("team.ics"));
    Clock later = Clock.fixed(Instant.parse("2026-12-10T00:00:00Z"), ZoneOffset.UTC);

    RefreshingCalendar calendar = RefreshingCalendar.read(file, BERLIN, later);

    assertThat(calendar.personAt(0, CAROL)).as("more than 31 days before the read").isEmpty();
    assertThat(calendar.personAt(0, BOB)).contains("bob");
  }
}
