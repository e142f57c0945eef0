package dev.responder.remediator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.engine.Remediator;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Each of the five seed runbooks of {@code runbooks/crm.yaml}, end to end from an OPENED event to
 * its outcomes, against the real PostgreSQL and Redis and the Kubernetes API, asserting what is
 * left in each system afterwards.
 */
@ExtendWith(SandboxExtension.class)
class RunbooksEndToEndIT {

  private final Redis redis;
  private RemediatorFixture fixture;
  private Remediator remediator;

  RunbooksEndToEndIT(Postgres postgres, Redis redis, KubernetesApi kubernetes) {
    this.redis = redis;
    this.fixture = new RemediatorFixture(postgres, redis, kubernetes);
  }

  @BeforeEach
  void start() {
    RedisBacklog.set(redis, 0);
    remediator = fixture.remediator();
  }

  @AfterEach
  void stop() {
    fixture.close();
  }

  @Test
  void shouldRestartTheBackendWhenTheApiAnswers500AndFindItFixedAfterwards() {
    remediator.onIncidentEvent(fixture.opened("INC-API", "api-unresponsive", Severity.P2));

    assertThat(fixture.outcomes("INC-API", "api_health"))
        .singleElement()
        .satisfies(
            o ->
                assertThat(o.getEvidence().getFigures())
                    .containsEntry("up", "0")
                    .containsEntry("status", "500"));
    assertThat(fixture.outcomes("INC-API", "backend_pods").get(0).getEvidence().getFigures())
        .containsEntry("ready", "2");
    assertThat(fixture.outcomes("INC-API", "resources").get(0).getEvidence().getLines())
        .anyMatch(line -> line.contains("unavailable"));
    RemediationOutcome restart = fixture.outcomes("INC-API", "restart_backend").get(0);
    assertThat(restart.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
    assertThat(fixture.templateAnnotations("crm-backend"))
        .containsEntry(Fabric8KubernetesCluster.ACTION_KEY_ANNOTATION, restart.getActionKey());
    assertThat(fixture.outcomes("INC-API", "scale_backend").get(0).getReason())
        .isEqualTo(OutcomeReason.CONDITION_NOT_MET);
    assertThat(fixture.deployment("crm-backend").getSpec().getReplicas()).isEqualTo(2);
    assertThat(fixture.webhook.bodies()).anyMatch(body -> body.contains("Investigating"));

    fixture.clock.advance(Duration.ofMinutes(2));
    remediator.tick();

    assertThat(fixture.outcomes("INC-API", "verify"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getKind()).isEqualTo(OutcomeKind.VERIFICATION);
              assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
              assertThat(o.getReason()).isEqualTo(OutcomeReason.FIXED);
            });
    assertThat(fixture.commands()).isEmpty();
  }

  @Test
  void shouldReportNotFixedAndWriteNoCommandWhenTheApiStillAnswers500AfterTheRestart() {
    fixture.api.neverRecovers();
    remediator.onIncidentEvent(fixture.opened("INC-API2", "api-unresponsive", Severity.P2));
    assertThat(fixture.outcomes("INC-API2", "restart_backend").get(0).getStatus())
        .isEqualTo(OutcomeStatus.SUCCEEDED);

    fixture.clock.advance(Duration.ofMinutes(2));
    remediator.tick();

    assertThat(fixture.outcomes("INC-API2", "verify"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getStatus()).isEqualTo(OutcomeStatus.FAILED);
              assertThat(o.getReason()).isEqualTo(OutcomeReason.NOT_FIXED);
            });
    assertThat(fixture.commands())
        .as("only the operator API writes commands; the correlator escalates on NOT_FIXED")
        .isEmpty();
  }

  @Test
  void shouldRestartWorkersWhenTheQueueIsStuck() {
    RedisBacklog.set(redis, 500);

    remediator.onIncidentEvent(fixture.opened("INC-WQ", "worker-queue-stuck", Severity.P2));

    assertThat(fixture.outcomes("INC-WQ", "queue_depth").get(0).getEvidence().getFigures())
        .containsEntry("depth", "500");
    assertThat(fixture.outcomes("INC-WQ", "restart_workers").get(0).getStatus())
        .isEqualTo(OutcomeStatus.SUCCEEDED);
    assertThat(fixture.templateAnnotations("crm-worker"))
        .containsKey(Fabric8KubernetesCluster.RESTARTED_AT_ANNOTATION);
    assertThat(fixture.templateAnnotations("crm-backend")).isEmpty();
  }

  @Test
  void shouldTerminateSessionsIdleForLongerThanTenMinutes() throws SQLException {
    List<Connection> idle = fixture.crm.idleSessions(12);
    fixture.clock.advance(Duration.ofMinutes(11));

    remediator.onIncidentEvent(
        fixture.opened("INC-DB", "database-connections-exhausted", Severity.P3));

    RemediationOutcome terminate = fixture.outcomes("INC-DB", "terminate_idle").get(0);
    assertThat(terminate.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
    assertThat(Double.parseDouble(terminate.getEvidence().getFigures().get("terminated")))
        .isGreaterThanOrEqualTo(12);
    for (Connection session : idle) {
      assertThatThrownBy(() -> session.createStatement().execute("SELECT 1"))
          .isInstanceOf(SQLException.class);
      session.close();
    }
    assertThat(fixture.outcomes("INC-DB", "restart_backend").get(0).getReason())
        .isEqualTo(OutcomeReason.CONDITION_NOT_MET);
  }

  @Test
  void shouldRetryRateLimitedPostsAndHandTheRestToPeople() {
    long expired =
        fixture.crm.connection(
            "linkedin", "ana", fixture.clock.instant().minus(Duration.ofDays(1)));
    long valid =
        fixture.crm.connection("x", "bo", fixture.clock.instant().plus(Duration.ofDays(30)));
    long limited1 = fixture.crm.failedPost("x", valid, "429 Too Many Requests");
    long limited2 = fixture.crm.failedPost("x", valid, "rate limit exceeded");
    long rejected = fixture.crm.failedPost("x", valid, "content rejected by platform policy");
    long tokenExpired =
        fixture.crm.failedPost("linkedin", expired, "401 Unauthorized: token expired");

    remediator.onIncidentEvent(fixture.opened("INC-SOC", "social-publishing-failed", Severity.P3));

    assertThat(fixture.outcomes("INC-SOC", "failed_posts").get(0).getEvidence().getFigures())
        .containsEntry("failed", "4")
        .containsEntry("rateLimited", "2")
        .containsEntry("contentRejected", "1")
        .containsEntry("tokenExpired", "1");
    assertThat(fixture.crm.postStatus(limited1)).isEqualTo("PENDING");
    assertThat(fixture.crm.postStatus(limited2)).isEqualTo("PENDING");
    assertThat(fixture.crm.postNextAttempt(limited1))
        .isEqualTo(fixture.clock.instant().plus(Duration.ofMinutes(15)));
    assertThat(fixture.crm.postStatus(rejected)).isEqualTo("FAILED");
    assertThat(fixture.crm.postStatus(tokenExpired)).isEqualTo("FAILED");
    assertThat(fixture.outcomes("INC-SOC", "retry_rate_limited").get(0).getEvidence().getFigures())
        .containsEntry("rowsChanged", "2");
    assertThat(fixture.webhook.bodies())
        // the owner of the expired account, at the contact the catalog gives, with the account
        .anyMatch(
            body ->
                body.contains("email:ana")
                    && body.contains("reconnect")
                    && body.contains("linkedin (connection " + expired))
        .anyMatch(body -> body.contains("crm-content-review"));
  }

  @Test
  void shouldScaleWorkersAndRetryTheLastHoursFailedSyncEvents() {
    RedisBacklog.set(redis, 1500);
    long recent =
        fixture.crm.syncEvent("FAILED", fixture.clock.instant().minus(Duration.ofMinutes(20)));
    long old = fixture.crm.syncEvent("FAILED", fixture.clock.instant().minus(Duration.ofHours(2)));
    long done = fixture.crm.syncEvent("DONE", fixture.clock.instant().minus(Duration.ofMinutes(5)));

    remediator.onIncidentEvent(fixture.opened("INC-LAG", "event-processing-lag", Severity.P3));

    assertThat(fixture.deployment("crm-worker").getSpec().getReplicas()).isEqualTo(4);
    assertThat(fixture.crm.syncStatus(recent)).isEqualTo("PENDING/0");
    assertThat(fixture.crm.syncStatus(old)).isEqualTo("FAILED/3");
    assertThat(fixture.crm.syncStatus(done)).isEqualTo("DONE/3");
    assertThat(fixture.outcomes("INC-LAG", "retry_failed_events").get(0).getEvidence().getFigures())
        .containsEntry("rowsChanged", "1");
  }
}
