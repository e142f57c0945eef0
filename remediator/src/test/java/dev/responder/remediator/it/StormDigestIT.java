package dev.responder.remediator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.remediator.engine.FailurePoint;
import dev.responder.remediator.engine.Remediator;
import dev.responder.remediator.guard.CircuitBreaker;
import dev.responder.remediator.guard.Dependency;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The storm digest is decided once and kept in PostgreSQL: a restart in the middle of a window
 * neither loses it nor sends it twice, a redelivered event is not counted twice, and a crash
 * between sending the digest and recording it hands it to a person instead of sending it again.
 * Unclassified incidents (one notify step, no checks) keep the focus on the notifications.
 */
@ExtendWith(SandboxExtension.class)
class StormDigestIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String STEP = "tell_oncall";
  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final RemediatorFixture fixture;

  StormDigestIT(Postgres postgres, Redis redis, KubernetesApi kubernetes) {
    this.fixture = new RemediatorFixture(postgres, redis, kubernetes);
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void shouldNeitherLoseNorRepeatTheDigestWhenTheRemediatorRestartsMidWindow() {
    String opening = SINCE.format(fixture.clock.instant());
    Remediator first = fixture.remediator();
    first.onIncidentEvent(opened("INC-S1"));
    first.onIncidentEvent(opened("INC-S2"));
    first.onIncidentEvent(opened("INC-S3"));

    Remediator restarted = fixture.remediator();
    restarted.reconcile();
    fixture.clock.advance(Duration.ofSeconds(30));
    restarted.onIncidentEvent(opened("INC-S4"));
    restarted.tick();
    assertThat(texts()).as("the window is still open: no digest yet").hasSize(1);
    fixture.clock.advance(Duration.ofSeconds(30));
    restarted.tick();
    Remediator again = fixture.remediator();
    again.reconcile();
    again.tick();

    assertThat(texts())
        .containsExactly(
            texts().get(0),
            "3 more incidents of runbook unclassified in scope crm since "
                + opening
                + ": INC-S2, INC-S3, INC-S4");
    assertThat(texts().get(0)).contains("INC-S1");
    assertThat(fixture.outcomes())
        .filteredOn(o -> o.getStep().startsWith(STEP))
        .extracting(
            RemediationOutcome::getIncidentId,
            RemediationOutcome::getStatus,
            RemediationOutcome::getReason)
        .containsExactly(
            tuple("INC-S1", OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED),
            tuple("INC-S2", OutcomeStatus.SKIPPED, OutcomeReason.AGGREGATED),
            tuple("INC-S3", OutcomeStatus.SKIPPED, OutcomeReason.AGGREGATED),
            tuple("INC-S4", OutcomeStatus.SKIPPED, OutcomeReason.AGGREGATED),
            tuple("INC-S1", OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED));
  }

  @Test
  void shouldCountAFollowerOnceWhenItsEventIsDeliveredAgain() {
    Remediator remediator = fixture.remediator();
    remediator.onIncidentEvent(opened("INC-D1"));
    IncidentEvent follower = opened("INC-D2");
    remediator.onIncidentEvent(follower);
    remediator.onIncidentEvent(follower);

    fixture.clock.advance(Duration.ofMinutes(1));
    remediator.tick();

    assertThat(texts()).last().asString().startsWith("1 more incident of runbook unclassified");
    assertThat(fixture.outcomes("INC-D2", STEP))
        .singleElement()
        .satisfies(o -> assertThat(o.getReason()).isEqualTo(OutcomeReason.AGGREGATED));
  }

  @Test
  void shouldOpenANewWindowOnceTheLastHasEndedAndSendItsFirstAtOnce() {
    Remediator remediator = fixture.remediator();
    remediator.onIncidentEvent(opened("INC-W1"));
    remediator.onIncidentEvent(opened("INC-W2"));

    fixture.clock.advance(Duration.ofMinutes(1));
    remediator.onIncidentEvent(opened("INC-W3"));
    remediator.tick();

    assertThat(texts()).hasSize(3);
    assertThat(texts().get(1)).contains("INC-W3");
    assertThat(texts().get(2)).startsWith("1 more incident").endsWith(": INC-W2");
  }

  @Test
  void shouldHandAnInterruptedDigestToAPersonWithItsTextInsteadOfSendingItAgain() {
    Remediator crashing = fixture.remediator(crashAfterDigest());
    crashing.onIncidentEvent(opened("INC-C1"));
    crashing.onIncidentEvent(opened("INC-C2"));
    crashing.onIncidentEvent(opened("INC-C3"));
    fixture.clock.advance(Duration.ofMinutes(1));
    assertThatThrownBy(crashing::tick).isInstanceOf(Crash.class);
    String digest = texts().get(1);
    assertThat(digest).startsWith("2 more incidents of runbook unclassified");

    Remediator restarted = fixture.remediator();
    int reconciled = restarted.reconcile();
    restarted.tick();

    assertThat(reconciled).isEqualTo(1);
    assertThat(texts()).as("the digest was sent once, then handed over").hasSize(3);
    assertThat(texts().get(2)).contains("needs a person").contains("it was to say: " + digest);
    assertThat(fixture.outcomes())
        .filteredOn(o -> o.getStep().startsWith(STEP + ".digest."))
        .extracting(RemediationOutcome::getStatus, RemediationOutcome::getReason)
        .containsExactly(
            tuple(OutcomeStatus.UNKNOWN, OutcomeReason.UNKNOWN),
            tuple(OutcomeStatus.SUCCEEDED, OutcomeReason.HANDED_TO_PERSON));
  }

  @Test
  void shouldKeepADueDigestWhileTheNotifyCircuitIsOpenAndSendItOnceWhenItCloses() {
    Remediator remediator = fixture.remediator();
    remediator.onIncidentEvent(opened("INC-O1"));
    remediator.onIncidentEvent(opened("INC-O2"));
    fixture.clock.advance(Duration.ofMinutes(1));
    fixture.webhook.answer(503);
    for (int i = 0; remediator.circuitState(Dependency.NOTIFY) != CircuitBreaker.State.OPEN; i++) {
      assertThat(i).as("the chat's failures open the notify circuit").isLessThan(20);
      IncidentEvent elsewhere = opened("INC-ELSEWHERE-" + i);
      elsewhere.getIncident().setNamespace("other-" + i);
      remediator.onIncidentEvent(elsewhere);
    }

    remediator.tick();
    assertThat(fixture.outcomes())
        .as("nothing is decided for the digest while the circuit is open")
        .noneMatch(o -> o.getStep().startsWith(STEP + ".digest."));
    assertThat(fixture.ledger.dueDigests(fixture.clock.instant())).hasSize(1);

    fixture.webhook.answer(200);
    fixture.clock.advance(Duration.ofMinutes(1));
    remediator.tick();
    remediator.tick();

    assertThat(texts())
        .filteredOn(text -> text.contains("more incident"))
        .singleElement()
        .satisfies(text -> assertThat(text).startsWith("1 more incident").endsWith(": INC-O2"));
    assertThat(fixture.outcomes())
        .filteredOn(o -> o.getStep().startsWith(STEP + ".digest."))
        .singleElement()
        .satisfies(o -> assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
  }

  private IncidentEvent opened(String incidentId) {
    return fixture.opened(incidentId, "unclassified", Severity.P3);
  }

  /** The texts the webhook received, in order. */
  private List<String> texts() {
    return fixture.webhook.bodies().stream().map(StormDigestIT::text).toList();
  }

  private static String text(String body) {
    try {
      return JSON.readTree(body).get("text").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static FailurePoint crashAfterDigest() {
    return (point, key) -> {
      if (point.equals(FailurePoint.AFTER_ACT) && key.stepId().contains(".digest.")) {
        throw new Crash();
      }
    };
  }
}
