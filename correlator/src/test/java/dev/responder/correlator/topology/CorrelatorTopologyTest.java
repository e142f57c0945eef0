package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resent;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.ACKNOWLEDGED;
import static dev.responder.schemas.avro.IncidentEventType.ALERT_ADDED;
import static dev.responder.schemas.avro.IncidentEventType.ALERT_RESOLVED;
import static dev.responder.schemas.avro.IncidentEventType.COMMANDER_ASSIGNED;
import static dev.responder.schemas.avro.IncidentEventType.ESCALATED;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static dev.responder.schemas.avro.IncidentEventType.REOPENED;
import static dev.responder.schemas.avro.IncidentEventType.RESOLVED;
import static dev.responder.schemas.avro.IncidentEventType.RESPONSE_DEADLINE_BREACHED;
import static dev.responder.schemas.avro.IncidentEventType.SEVERITY_CHANGED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One specification per correlator rule, on the real topology. */
class CorrelatorTopologyTest {

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;

  @BeforeEach
  void startAtFridayAfternoon() {
    correlator = new CorrelatorDriver(stateDir, T0);
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  private static List<Object> types(List<IncidentEvent> events) {
    return events.stream().map(e -> (Object) e.getType()).toList();
  }

  private String openedIncident(Alert alert) {
    correlator.receive(alert);
    return correlator.events().get(0).getIncidentId();
  }

  @Test
  void shouldOpenOneIncidentWhenHaPairDeliversTheSameAlertTwice() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));

    correlator.receive(alert, resent(alert, Duration.ofMillis(40)));

    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
    assertThat(correlator.dispositions.count(Disposition.OPENED)).isEqualTo(1);
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isEqualTo(1);
  }

  @Test
  void shouldChangeNothingWhenGroupIsResentAfterRepeatInterval() {
    Alert first = firing("fp-1", T0, backend("WorkerQueueStuck"));
    Alert second = firing("fp-2", T0, backend("WorkerQueueStuck"));
    correlator.receive(first, second);
    correlator.events();

    correlator.receive(resent(first, Duration.ofHours(4)), resent(second, Duration.ofHours(4)));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isEqualTo(2);
  }

  @Test
  void shouldJoinAlertsOfOneGroupIntoOneIncidentAtTheHighestSeverity() {
    String id = openedIncident(firing("fp-1", T0, backend("WorkerQueueStuck")));

    correlator.receive(firing("fp-2", T0.plusSeconds(30), backend("WorkerQueueStuck", "P1")));

    List<IncidentEvent> events = correlator.events();
    assertThat(types(events)).containsExactly(ALERT_ADDED, SEVERITY_CHANGED);
    assertThat(events).allSatisfy(e -> assertThat(e.getIncidentId()).isEqualTo(id));
    assertThat(events.get(1).getIncident().getSeverity()).isEqualTo(Severity.P1);
    assertThat(correlator.dispositions.count(Disposition.JOINED)).isEqualTo(1);
  }

  @Test
  void shouldResolveIncidentWhenAllItsAlertsResolve() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));
    String id = openedIncident(alert);

    correlator.receive(resolved(alert, T0.plusSeconds(300)));

    assertThat(types(correlator.events())).containsExactly(ALERT_RESOLVED, RESOLVED);
    assertThat(correlator.latestIncidents().get(id).getStatus()).isEqualTo(IncidentStatus.RESOLVED);
  }

  @Test
  void shouldReopenAndCountWhenResolvedAlertFiresAgainWithinFlapWindow() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));
    String id = openedIncident(alert);
    correlator.receive(resolved(alert, T0.plusSeconds(300)));
    correlator.events();

    correlator.receive(firing("fp-1", T0.plusSeconds(600), alert.getLabels()));

    List<IncidentEvent> events = correlator.events();
    assertThat(types(events)).containsExactly(REOPENED);
    assertThat(events.get(0).getIncidentId()).isEqualTo(id);
    assertThat(events.get(0).getIncident().getReopenCount()).isEqualTo(1);
  }

  @Test
  void shouldReportARecurrenceWithinTheRunbooksWatchAsSuch() {
    Alert alert = firing("fp-lag", T0, backend("EventProcessingLag"));
    String id = openedIncident(alert);
    correlator.receive(resolved(alert, T0.plusSeconds(300)));
    correlator.events();

    // an hour after resolution: past the 30-minute flap window, within the runbook's 2h watch
    correlator.receive(firing("fp-lag", T0.plusSeconds(300 + 3600), alert.getLabels()));

    List<IncidentEvent> events = correlator.events();
    assertThat(types(events)).containsExactly(REOPENED);
    assertThat(events.get(0).getIncidentId()).isEqualTo(id);
    assertThat(events.get(0).getCause().getDetail())
        .startsWith("recurrence: fired again 1h")
        .endsWith("after it was resolved, within its 2h watch for recurrence");
  }

  @Test
  void shouldOpenANewIncidentWhenItFiresAgainAfterTheWatch() {
    Alert alert = firing("fp-lag", T0, backend("EventProcessingLag"));
    String id = openedIncident(alert);
    correlator.receive(resolved(alert, T0.plusSeconds(300)));
    correlator.events();

    correlator.receive(
        firing("fp-lag", T0.plusSeconds(300).plus(Duration.ofHours(3)), alert.getLabels()));

    List<IncidentEvent> events = correlator.events();
    assertThat(types(events)).startsWith(OPENED);
    assertThat(events.get(0).getIncidentId()).isNotEqualTo(id);
  }

  @Test
  void shouldRecordAlertsMatchingASilenceAsSilencedUntilUnsilenced() {
    correlator.command(
        Commands.silenceAlertname("s1", "WorkerQueueStuck", T0, T0.plus(Duration.ofHours(2))));

    correlator.receive(firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck")));
    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.SILENCED)).isEqualTo(1);

    correlator.command(Commands.unsilence("s1", T0.plusSeconds(20)));
    correlator.receive(firing("fp-2", T0.plusSeconds(30), backend("WorkerQueueStuck")));
    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
  }

  @Test
  void shouldInhibitLowerSeverityAlertsOfTheScopeWhileAP1IsOpen() {
    openedIncident(firing("fp-api", T0, backend("ApiUnresponsive")));

    correlator.receive(firing("fp-lag", T0.plusSeconds(5), backend("EventProcessingLag")));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.INHIBITED)).isEqualTo(1);
  }

  @Test
  void shouldRecordAlertsNoRunbookMatchesAsUnclassified() {
    correlator.receive(firing("fp-x", T0, backend("SomethingElse")));

    assertThat(correlator.events()).isEmpty();
    assertThat(correlator.dispositions.count(Disposition.UNCLASSIFIED)).isEqualTo(1);
  }

  @Test
  void shouldBreachP1ResponseDeadlineAtFifteenMinutes() {
    openedIncident(firing("fp-api", T0, backend("ApiUnresponsive")));

    correlator.advanceWallClock(Duration.ofMinutes(14).plusSeconds(50));
    assertThat(correlator.events()).isEmpty();

    correlator.advanceWallClock(Duration.ofSeconds(10));
    List<IncidentEvent> events = correlator.events();
    assertThat(types(events)).containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
    assertThat(events.get(0).getOccurredAt()).isEqualTo(T0.plus(Duration.ofMinutes(15)));
  }

  @Test
  void shouldGiveP4DetectedOnFridayUntilMondayMorning() {
    String id = openedIncident(firing("fp-p4", T0, backend("EventProcessingLag", "P4")));
    Instant mondayNine = Instant.parse("2026-11-30T09:00:00Z");
    assertThat(correlator.latestIncidents().get(id).getResponseDueAt()).isEqualTo(mondayNine);

    correlator.advanceWallClock(Duration.between(T0, mondayNine).minusMinutes(1));
    assertThat(correlator.events()).isEmpty();

    correlator.advanceWallClock(Duration.ofMinutes(1));
    assertThat(types(correlator.events())).containsExactly(RESPONSE_DEADLINE_BREACHED, ESCALATED);
  }

  @Test
  void shouldClimbTheEscalationLadderLevelByLevelOverTime() {
    openedIncident(firing("fp-api", T0, backend("ApiUnresponsive")));

    correlator.advanceWallClock(Duration.ofMinutes(15));
    correlator.advanceWallClock(Duration.ofMinutes(30));
    correlator.advanceWallClock(Duration.ofMinutes(30));
    correlator.advanceWallClock(Duration.ofHours(5));

    List<IncidentEvent> escalations =
        correlator.events().stream().filter(e -> e.getType() == ESCALATED).toList();
    assertThat(escalations)
        .extracting(IncidentEvent::getEscalationTarget)
        .containsExactly("platform-lead", "devops-team", "management");
    assertThat(escalations)
        .extracting(e -> e.getIncident().getEscalationLevel())
        .containsExactly(1, 2, 3);
  }

  @Test
  void shouldStopTheResponseClockWhenAcknowledged() {
    String id = openedIncident(firing("fp-api", T0, backend("ApiUnresponsive")));
    correlator.events();

    correlator.command(Commands.acknowledge(id, T0.plusSeconds(120)));
    correlator.advanceWallClock(Duration.ofHours(3));

    List<IncidentEvent> events = correlator.events();
    assertThat(types(events)).containsExactly(ACKNOWLEDGED);
    assertThat(events.get(0).getIncident().getAcknowledgedBy()).isEqualTo("alice");
  }

  @Test
  void shouldDeadLetterGarbageBytesAndProcessTheNextGoodRecord() {
    correlator.receiveBytes("fp-bad", "not avro at all".getBytes(StandardCharsets.UTF_8));

    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));

    // TopologyTestDriver 4.4 calls the handler but does not surface its dead-letter records;
    // AlertDeadLetterHandlerTest checks those records and their headers.
    assertThat(correlator.dispositions.count(Disposition.DEAD_LETTERED)).isEqualTo(1);
    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
  }

  @Test
  void shouldDeadLetterATombstoneAndProcessTheNextGoodRecord() {
    correlator.receiveBytes("fp-deleted", null);

    correlator.receive(firing("fp-1", T0, backend("WorkerQueueStuck")));

    assertThat(correlator.dispositions.count(Disposition.DEAD_LETTERED)).isEqualTo(1);
    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
  }

  @Test
  void shouldSkipATombstoneOnTheCommandsTopicAndApplyTheNextCommand() {
    String id = openedIncident(firing("fp-api", T0, backend("ApiUnresponsive")));
    correlator.events();

    correlator.commandTombstone(id);
    correlator.command(Commands.acknowledge(id, T0.plusSeconds(120)));

    assertThat(types(correlator.events())).containsExactly(ACKNOWLEDGED);
  }

  @Test
  void shouldPublishTheLatestStateOfEachIncidentKeyedByItsId() {
    Alert alert = firing("fp-1", T0, backend("WorkerQueueStuck"));
    String id = openedIncident(alert);

    correlator.receive(firing("fp-2", T0.plusSeconds(30), backend("WorkerQueueStuck")));

    Map<String, Incident> latest = correlator.latestIncidents();
    assertThat(latest).containsOnlyKeys(id);
    assertThat(latest.get(id).getAlerts()).isEmpty();
    assertThat(latest.get(id).getMemberCount()).isEqualTo(2);
    assertThat(latest.get(id).getFiringCount()).isEqualTo(2);
    assertThat(latest.get(id).getRevision()).isEqualTo(3);
  }
}
