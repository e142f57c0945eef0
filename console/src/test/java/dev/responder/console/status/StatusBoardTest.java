package dev.responder.console.status;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.history.IncidentSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the public status page reads the incidents: one specification per rule. */
class StatusBoardTest {

  private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

  private final StatusBoard board = new StatusBoard(components());

  private static Map<String, String> components() {
    Map<String, String> components = new LinkedHashMap<>();
    components.put("api-unresponsive", "API");
    components.put("worker-queue-stuck", "Worker queue");
    components.put("database-connections-exhausted", "Database");
    return components;
  }

  @Test
  void shouldShowEveryComponentOperationalWithoutIncidents() {
    // when
    StatusReport report = board.report(List.of(), NOW);

    // then
    assertThat(report.components())
        .extracting(ComponentStatus::name, ComponentStatus::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("API", ComponentState.OPERATIONAL),
            org.assertj.core.groups.Tuple.tuple("Worker queue", ComponentState.OPERATIONAL),
            org.assertj.core.groups.Tuple.tuple("Database", ComponentState.OPERATIONAL));
    assertThat(report.overall()).isEqualTo(ComponentState.OPERATIONAL);
    assertThat(report.headline()).isEqualTo("All systems operational");
  }

  @Test
  void shouldShowAnOutageForAnOpenP1AndDegradedForAnyOtherOpenIncident() {
    // given
    List<IncidentSummary> incidents =
        List.of(
            incident("INC-1", "api-unresponsive", "P1", "OPEN", ago(5)),
            incident("INC-2", "worker-queue-stuck", "P3", "ACKNOWLEDGED", ago(10)));

    // when
    StatusReport report = board.report(incidents, NOW);

    // then
    assertThat(report.components())
        .extracting(ComponentStatus::state)
        .containsExactly(
            ComponentState.OUTAGE, ComponentState.DEGRADED, ComponentState.OPERATIONAL);
    assertThat(report.overall()).isEqualTo(ComponentState.OUTAGE);
    assertThat(report.components().get(0).current())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.phase()).isEqualTo("investigating");
              assertThat(i.summary())
                  .isEqualTo("Investigating: API is down; we are looking into it.");
            });
    assertThat(report.components().get(1).current().get(0).phase()).isEqualTo("identified");
  }

  @Test
  void shouldBeOperationalAgainOnceTheIncidentResolves() {
    // given
    IncidentSummary resolved =
        resolved(incident("INC-1", "database-connections-exhausted", "P2", "RESOLVED", ago(30)));

    // when
    StatusReport report = board.report(List.of(resolved), NOW);

    // then
    assertThat(report.components()).allMatch(c -> c.state() == ComponentState.OPERATIONAL);
    assertThat(report.recent())
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.phase()).isEqualTo("resolved");
              assertThat(i.name()).isEqualTo("Database: degraded performance");
              assertThat(i.resolvedAt()).isPresent();
            });
  }

  @Test
  void shouldKeepUnclassifiedAndSuppressedIncidentsOffThePublicPage() {
    // given
    List<IncidentSummary> incidents =
        List.of(
            incident("INC-1", "unclassified", "P3", "OPEN", ago(5)),
            incident("INC-2", "api-unresponsive", "P1", "SUPPRESSED", ago(5)));

    // when
    StatusReport report = board.report(incidents, NOW);

    // then
    assertThat(report.recent()).isEmpty();
    assertThat(report.overall()).isEqualTo(ComponentState.OPERATIONAL);
  }

  @Test
  void shouldListTheLastFourteenDaysNewestFirstAndOlderOnesOnlyWhileOpen() {
    // given
    List<IncidentSummary> incidents =
        List.of(
            resolved(incident("OLD", "api-unresponsive", "P2", "RESOLVED", ago(15 * 24 * 60))),
            incident("OLD-OPEN", "worker-queue-stuck", "P2", "OPEN", ago(20 * 24 * 60)),
            resolved(incident("RECENT", "api-unresponsive", "P2", "RESOLVED", ago(60))),
            incident("NEWEST", "database-connections-exhausted", "P2", "OPEN", ago(1)));

    // when
    StatusReport report = board.report(incidents, NOW);

    // then
    assertThat(report.recent())
        .extracting(PublicIncident::id)
        .containsExactly("NEWEST", "RECENT", "OLD-OPEN");
  }

  private static Instant ago(long minutes) {
    return NOW.minus(Duration.ofMinutes(minutes));
  }

  private static IncidentSummary incident(
      String id, String runbook, String severity, String status, Instant detected) {
    return new IncidentSummary(
        id,
        runbook,
        "<b>title</b>",
        severity,
        status,
        detected,
        detected.plus(Duration.ofMinutes(15)),
        status.equals("ACKNOWLEDGED") ? Optional.of(detected.plusSeconds(60)) : Optional.empty(),
        status.equals("ACKNOWLEDGED") ? Optional.of("carol") : Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        0,
        "v1",
        "");
  }

  private static IncidentSummary resolved(IncidentSummary i) {
    return new IncidentSummary(
        i.incidentId(),
        i.runbookId(),
        i.title(),
        i.severity(),
        "RESOLVED",
        i.detectedAt(),
        i.responseDueAt(),
        i.acknowledgedAt(),
        i.acknowledgedBy(),
        Optional.of(i.detectedAt().plusSeconds(600)),
        i.commander(),
        i.escalationLevel(),
        i.catalogVersion(),
        i.classificationReason());
  }
}
