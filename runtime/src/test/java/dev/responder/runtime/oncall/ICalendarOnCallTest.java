package dev.responder.runtime.oncall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * The committed fixture {@code oncall/crm.ics}: carol weekly from Monday 09:00 Berlin (across the
 * 25 October 2026 daylight-saving change), one week swapped to dave by a RECURRENCE-ID, one week
 * dropped by an EXDATE, bob taking over mid-shift on 16 November, frank on level 1.
 */
class ICalendarOnCallTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant FROM = Instant.parse("2026-10-01T00:00:00Z");
  private static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

  static Path fixture(String name) {
    try {
      return Path.of(ICalendarOnCallTest.class.getResource("/oncall/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private final OnCallCalendar calendar =
      ICalendarOnCall.read(fixture("crm.ics"), BERLIN, FROM, TO);

  private String commanderAt(String instant) {
    return calendar.personAt(0, Instant.parse(instant)).orElse("nobody");
  }

  @Test
  void shouldNameThePersonOfAWeeklyEventFromItsFirstOccurrence() {
    // 09:00 in Berlin is 07:00Z in summer time.
    assertThat(commanderAt("2026-10-19T06:59:59Z")).isEqualTo("nobody");
    assertThat(commanderAt("2026-10-19T07:00:00Z")).isEqualTo("carol");
    assertThat(commanderAt("2026-10-20T06:59:59Z")).isEqualTo("carol");
    assertThat(commanderAt("2026-10-20T07:00:00Z")).isEqualTo("nobody");
  }

  @Test
  void shouldKeepTheWallClockTimeOfAWeeklyEventAcrossADaylightSavingChange() {
    // After 25 October 09:00 in Berlin is 08:00Z.
    assertThat(commanderAt("2026-10-26T07:59:59Z")).isEqualTo("nobody");
    assertThat(commanderAt("2026-10-26T08:00:00Z")).isEqualTo("carol");
    assertThat(commanderAt("2026-11-23T08:00:00Z")).isEqualTo("carol");
    assertThat(commanderAt("2026-11-30T08:00:00Z"))
        .as("COUNT=6 ends the series")
        .isEqualTo("nobody");
  }

  @Test
  void shouldGiveAWeekReplacedByARecurrenceIdToItsOwnPerson() {
    assertThat(commanderAt("2026-11-02T07:59:59Z")).isEqualTo("nobody");
    assertThat(commanderAt("2026-11-02T08:00:00Z")).as("the attendee's CN").isEqualTo("dave");
    assertThat(commanderAt("2026-11-03T07:59:59Z")).isEqualTo("dave");
    assertThat(commanderAt("2026-11-03T08:00:00Z")).isEqualTo("nobody");
  }

  @Test
  void shouldNameNobodyForAnOccurrenceRemovedByAnExdate() {
    assertThat(commanderAt("2026-11-09T08:00:00Z")).isEqualTo("nobody");
    assertThat(commanderAt("2026-11-09T20:00:00Z")).isEqualTo("nobody");
    assertThat(commanderAt("2026-11-16T08:00:00Z")).isEqualTo("carol");
  }

  @Test
  void shouldHandOverToTheEventThatStartsLatestWhenTwoOverlap() {
    // bob's event starts at 13:00 Berlin (12:00Z) inside carol's shift and ends with it.
    assertThat(commanderAt("2026-11-16T11:59:59Z")).isEqualTo("carol");
    assertThat(commanderAt("2026-11-16T12:00:00Z")).isEqualTo("bob");
    assertThat(commanderAt("2026-11-17T07:59:59Z")).isEqualTo("bob");
    assertThat(commanderAt("2026-11-17T08:00:00Z")).isEqualTo("nobody");
  }

  @Test
  void shouldReadTheLevelFromCategoriesAndThePersonFromTheMailbox() {
    assertThat(calendar.personAt(1, Instant.parse("2026-10-19T06:59:59Z"))).isEmpty();
    assertThat(calendar.personAt(1, Instant.parse("2026-10-19T07:00:00Z"))).contains("frank");
    // RFC 5545 gives every occurrence the first one's exact duration: 19 to 26 October spans the
    // change to winter time, so each shift lasts 7 days and 1 hour, and the last ends at 10:00.
    assertThat(calendar.personAt(1, Instant.parse("2026-11-16T08:59:59Z"))).contains("frank");
    assertThat(calendar.personAt(1, Instant.parse("2026-11-16T09:00:00Z"))).isEmpty();
    assertThat(calendar.personAt(2, Instant.parse("2026-10-19T07:00:00Z"))).isEmpty();
  }

  @Test
  void shouldNameNobodyOutsideTheWindowItWasReadFor() {
    OnCallCalendar narrow =
        ICalendarOnCall.read(
            fixture("crm.ics"), BERLIN, FROM, Instant.parse("2026-10-26T00:00:00Z"));

    assertThat(narrow.personAt(0, Instant.parse("2026-10-19T07:00:00Z"))).contains("carol");
    assertThat(narrow.personAt(0, Instant.parse("2026-10-26T08:00:00Z"))).isEmpty();
  }

  @Test
  void shouldRefuseAMalformedFileNamingTheFileAndTheLine() {
    Path file = fixture("malformed.ics");

    assertThatThrownBy(() -> ICalendarOnCall.read(file, BERLIN, FROM, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on-call calendar " + file + " is refused")
        .hasMessageContaining("Error at line 8");
  }

  @Test
  void shouldRefuseAnEventWithABadDateNamingTheFileAndTheEvent() {
    Path file = fixture("bad-date.ics");

    assertThatThrownBy(() -> ICalendarOnCall.read(file, BERLIN, FROM, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "on-call calendar " + file + " is refused: event broken@crm ('carol')")
        .hasMessageContaining("'2026-10-20 nine o.clock'");
  }

  @Test
  void shouldRefuseAnEventWhosePersonIsNotAUserName() {
    Path file = fixture("not-a-user.ics");

    assertThatThrownBy(() -> ICalendarOnCall.read(file, BERLIN, FROM, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining(
            "event full-name@crm ('Carol Smith'): names 'Carol Smith', not a user");
  }

  @Test
  void shouldRefuseAFileThatDoesNotExist() {
    Path file = Path.of("no-such-calendar.ics");

    assertThatThrownBy(() -> ICalendarOnCall.read(file, BERLIN, FROM, TO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on-call calendar no-such-calendar.ics is refused");
  }
}
