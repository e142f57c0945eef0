package dev.responder.correlator.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.correlator.domain.OnCallOverrides;
import dev.responder.correlator.domain.OverriddenResponsePolicy;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.schemas.avro.OnCallOverride;
import dev.responder.schemas.catalog.OnCallSchedule;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commander of a new incident: the catalog's on-call calendar first, then its rotation. */
class CatalogResponsePolicyTest {

  private static final Path CRM = Path.of("..", "runbooks", "crm.yaml");

  /**
   * erin for a day from tomorrow at this hour, then nobody: the rotation answers. The catalog reads
   * its calendar for the month behind and the year ahead of now, so the event is placed near now.
   */
  private static final Instant START =
      Instant.now().truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.DAYS);

  private static final String CALENDAR =
      """
      BEGIN:VCALENDAR
      VERSION:2.0
      PRODID:-//Responder//test//EN
      BEGIN:VEVENT
      UID:erin@crm
      DTSTAMP:20261001T000000Z
      SUMMARY:erin
      DTSTART:%s
      DTEND:%s
      END:VEVENT
      END:VCALENDAR
      """
          .formatted(utc(START), utc(START.plus(1, ChronoUnit.DAYS)));

  private static String utc(Instant instant) {
    return DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC)
        .format(instant);
  }

  @TempDir Path dir;

  private Path catalogWithCalendar(String calendarText) throws IOException {
    String crm = Files.readString(CRM);
    String rotation = "  rotation: [alice, bob, carol, dave]\n";
    assertThat(crm).contains(rotation);
    Path catalog = dir.resolve("crm.yaml");
    Files.writeString(catalog, crm.replace(rotation, rotation + "  calendar: team.ics\n"));
    Files.writeString(dir.resolve("team.ics"), calendarText);
    return catalog;
  }

  private static OnCallSchedule rotation() {
    return CatalogLoader.require(CRM).onCall();
  }

  @Test
  void shouldAskTheCalendarBeforeTheRotationAndTheRotationInAGap() throws IOException {
    CatalogPorts ports = CatalogPorts.load(catalogWithCalendar(CALENDAR));
    Instant before = START.minusSeconds(1);
    Instant during = START;
    Instant after = START.plus(1, ChronoUnit.DAYS);

    assertThat(ports.onCallCalendar()).isPresent();
    assertThat(ports.policy().commanderAt(before)).contains(rotation().commanderAt(before));
    assertThat(ports.policy().commanderAt(during)).contains("erin");
    assertThat(ports.policy().commanderAt(after)).contains(rotation().commanderAt(after));
    assertThat(rotation().rotation()).doesNotContain("erin");
  }

  @Test
  void shouldLetAnOnCallOverrideWinOverTheCalendar() throws IOException {
    CatalogPorts ports = CatalogPorts.load(catalogWithCalendar(CALENDAR));
    List<OnCallOverride> kept = new ArrayList<>();
    OnCallOverrides overrides =
        new OnCallOverrides() {
          @Override
          public void put(OnCallOverride override) {
            kept.add(override);
          }

          @Override
          public List<OnCallOverride> all() {
            return kept;
          }

          @Override
          public void forgetEndedBy(Instant now) {}
        };
    ResponsePolicy policy = new OverriddenResponsePolicy(ports.policy(), overrides);

    overrides.put(
        OnCallOverride.newBuilder()
            .setOverrideId("OVR-1")
            .setLevel(0)
            .setUser("frank")
            .setFrom(START.plus(1, ChronoUnit.HOURS))
            .setUntil(START.plus(2, ChronoUnit.HOURS))
            .build());

    assertThat(policy.commanderAt(START)).contains("erin");
    assertThat(policy.commanderAt(START.plus(1, ChronoUnit.HOURS))).contains("frank");
    assertThat(policy.commanderAt(START.plus(2, ChronoUnit.HOURS))).contains("erin");
  }

  @Test
  void shouldUseTheRotationAloneWhenTheCatalogNamesNoCalendar() {
    CatalogPorts ports = CatalogPorts.load(CRM);
    Instant during = START;

    assertThat(ports.onCallCalendar()).isEmpty();
    assertThat(ports.policy().commanderAt(during)).contains(rotation().commanderAt(during));
  }

  @Test
  void shouldRefuseTheCatalogWhenItsCalendarIsMalformedNamingTheFile() throws IOException {
    Path catalog = catalogWithCalendar(CALENDAR.replace("END:VEVENT\n", ""));

    assertThatThrownBy(() -> CatalogPorts.load(catalog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on-call calendar " + dir.resolve("team.ics") + " is refused");
  }

  @Test
  void shouldRefuseACalendarThatIsNotAnIcsFile() throws IOException {
    Path catalog = catalogWithCalendar(CALENDAR);
    Files.writeString(catalog, Files.readString(catalog).replace("team.ics", "team.txt"));

    assertThatThrownBy(() -> CatalogPorts.load(catalog))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("onCall.calendar 'team.txt' is not an iCalendar file");
  }
}
