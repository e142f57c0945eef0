package dev.responder.remediator.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.engine.Remediator;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An incident event older than the maximum age (one hour here), as a new consumer group reading
 * from the start would find it: nothing is checked, changed or announced, and a person is told.
 */
@ExtendWith(SandboxExtension.class)
class StaleEventsIT {

  private final RemediatorFixture fixture;

  StaleEventsIT(Postgres postgres, Redis redis, KubernetesApi kubernetes) {
    this.fixture = new RemediatorFixture(postgres, redis, kubernetes);
    RedisBacklog.set(redis, 0);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void shouldNotActOnAnEventOlderThanTheMaximumAgeAndHandItToAPerson() {
    Remediator remediator = fixture.remediator();
    IncidentEvent opened = fixture.opened("INC-OLD", "api-unresponsive", Severity.P2);
    fixture.clock.advance(RemediatorFixture.MAX_EVENT_AGE.plus(Duration.ofMinutes(1)));

    remediator.onIncidentEvent(opened);

    List<RemediationOutcome> outcomes =
        fixture.outcomes().stream().filter(o -> o.getIncidentId().equals("INC-OLD")).toList();
    assertThat(outcomes).noneMatch(o -> o.getKind() == OutcomeKind.CHECK);
    assertThat(fixture.outcomes("INC-OLD", "restart_backend"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SKIPPED);
              assertThat(o.getReason()).isEqualTo(OutcomeReason.NOT_ACTIONABLE);
              assertThat(o.getEvidence().getFigures()).containsEntry("ageSeconds", "3660");
            });
    assertThat(outcomes)
        .filteredOn(o -> o.getReason() == OutcomeReason.HANDED_TO_PERSON)
        .singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
    assertThat(fixture.templateAnnotations("crm-backend")).as("not restarted").isEmpty();
    assertThat(fixture.webhook.bodies())
        .as("only the hand-off, no status-page or stakeholder message")
        .singleElement()
        .satisfies(body -> assertThat(body).contains("INC-OLD").contains("restart_backend"));
  }

  @Test
  void shouldActOnAnEventWithinTheMaximumAge() {
    Remediator remediator = fixture.remediator();
    IncidentEvent opened = fixture.opened("INC-RECENT", "api-unresponsive", Severity.P2);
    fixture.clock.advance(RemediatorFixture.MAX_EVENT_AGE.minus(Duration.ofMinutes(1)));

    remediator.onIncidentEvent(opened);

    assertThat(fixture.outcomes("INC-RECENT", "restart_backend"))
        .singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
  }

  @Test
  void shouldFinishFromTheLedgerAnEventRedeliveredAfterTheMaximumAge() {
    Remediator remediator = fixture.remediator();
    IncidentEvent opened = fixture.opened("INC-REDELIVERED", "api-unresponsive", Severity.P2);
    remediator.onIncidentEvent(opened);
    int messagesWhileFresh = fixture.webhook.bodies().size();
    fixture.clock.advance(RemediatorFixture.MAX_EVENT_AGE.plus(Duration.ofMinutes(1)));

    remediator.onIncidentEvent(opened);

    assertThat(fixture.outcomes("INC-REDELIVERED", "restart_backend"))
        .as("the restart done while fresh stays the only one, not re-reported as skipped")
        .noneMatch(o -> o.getStatus() == OutcomeStatus.SKIPPED)
        .filteredOn(o -> o.getStatus() == OutcomeStatus.SUCCEEDED)
        .hasSize(1);
    assertThat(fixture.webhook.bodies()).as("no new message").hasSize(messagesWhileFresh);
  }
}
