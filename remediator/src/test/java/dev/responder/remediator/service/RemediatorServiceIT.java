package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.responder.remediator.service.ServiceHarness.ConsumedOutcome;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service as {@code ./responder remediator} runs it: an OPENED event on Kafka becomes outcomes
 * on Kafka, published from the outbox, with its health endpoints answering; the kill switch flipped
 * while it runs; the ledger database failing and coming back.
 */
@ExtendWith(SandboxExtension.class)
class RemediatorServiceIT {

  private final ServiceHarness harness;
  private final Postgres postgres;

  RemediatorServiceIT(KafkaBroker kafka, Postgres postgres, Redis redis, KubernetesApi kubernetes)
      throws Exception {
    this.harness = new ServiceHarness(kafka, postgres, redis, kubernetes);
    this.postgres = postgres;
  }

  @Test
  void shouldTurnAnOpenedIncidentOnKafkaIntoOutcomesOnKafka() throws Exception {
    try (RemediatorService service = harness.start()) {
      List<ConsumedOutcome> outcomes = harness.openAndAwaitRestart();

      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("restart_workers"))
          .singleElement()
          .satisfies(
              o -> {
                assertThat(o.outcome().getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
                assertThat(o.messageId()).isEqualTo(o.outcome().getOutcomeId());
              });
      assertThat(harness.status(service.uri().resolve("/livez"))).isEqualTo(200);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> harness.status(service.uri().resolve("/readyz")) == 200);
      URI metrics = service.uri().resolve("/metrics");
      await()
          .atMost(Duration.ofSeconds(10))
          .alias("the restart's outcome is counted once its transaction commits")
          .until(
              () ->
                  harness
                      .body(metrics)
                      .contains(
                          "responder_remediator_outcomes_total{kind=\"ACTION\",reason=\"COMPLETED\",status=\"SUCCEEDED\"} 1.0"));
      assertThat(harness.body(metrics))
          .contains("responder_remediator_records_processed")
          .contains("responder_remediator_circuit_open{dependency=\"kubernetes\"} 0.0")
          .as("the webhook (port 9) refuses every notification")
          .contains("responder_remediator_circuit_open{dependency=\"notify\"} 1.0")
          .containsPattern(
              "responder_remediator_outcomes_total\\{kind=\"NOTIFICATION\",reason=\"[A-Z_]+\",status=\"FAILED\"} ")
          .containsPattern(
              "kafka_consumer_fetch_manager_records_lag_max\\{client_id=\""
                  + harness.environment.get("RESPONDER_REMEDIATOR_GROUP")
                  + "-consumer\",kafka_version=\"[^\"]+\"} ")
          .containsPattern("kafka_producer_record_send_total\\{client_id=\"[^\"]+-outbox\"");
    }
  }

  @Test
  void shouldStopEveryActionOnceTheKillSwitchFileIsTurnedOnWhileRunning(@TempDir Path dir)
      throws Exception {
    Path killSwitch = dir.resolve("kill-switch");
    harness.environment.put("RESPONDER_REMEDIATOR_KILL_SWITCH_FILE", killSwitch.toString());
    try (RemediatorService service = harness.start()) {
      URI metrics = service.uri().resolve("/metrics");
      assertThat(harness.body(metrics)).contains("responder_remediator_kill_switch 0.0");

      Files.writeString(killSwitch, "on\n");
      List<ConsumedOutcome> outcomes = harness.openAndAwaitRestart();

      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("restart_workers"))
          .singleElement()
          .satisfies(o -> assertThat(o.outcome().getReason()).isEqualTo(OutcomeReason.KILL_SWITCH));
      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("queue_depth"))
          .singleElement()
          .as("checks still run")
          .satisfies(o -> assertThat(o.outcome().getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
      assertThat(harness.templateAnnotations("crm-worker")).isEmpty();
      assertThat(harness.body(metrics)).contains("responder_remediator_kill_switch 1.0");
    }
  }

  @Test
  void shouldReportNotReadyWhileTheLedgerFailsAndResumeWhenItIsBack() throws Exception {
    try (RemediatorService service = harness.start()) {
      URI ready = service.uri().resolve("/readyz");
      await().atMost(Duration.ofSeconds(20)).until(() -> harness.status(ready) == 200);

      ledgerTable("action_ledger", "action_ledger_away");
      await().atMost(Duration.ofSeconds(10)).until(() -> harness.status(ready) == 503);
      assertThat(harness.status(service.uri().resolve("/livez"))).isEqualTo(200);
      harness.publishOpened();
      await()
          .atMost(Duration.ofSeconds(20))
          .alias("the event's checks ran; its action could not be claimed")
          .until(() -> outboxRows(harness.incidentId) > 0);
      ledgerTable("action_ledger_away", "action_ledger");
      List<ConsumedOutcome> outcomes = harness.awaitOutcome("restart_workers");

      assertThat(outcomes)
          .filteredOn(o -> o.outcome().getStep().equals("restart_workers"))
          .singleElement()
          .satisfies(o -> assertThat(o.outcome().getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
      await().atMost(Duration.ofSeconds(10)).until(() -> harness.status(ready) == 200);
      assertThat(harness.body(service.uri().resolve("/metrics")))
          .containsPattern("responder_remediator_processing_failures_total [1-9]");
    }
  }

  @Test
  void shouldFailToStartWithoutActingAndCloseWhatItOpenedWhenTheHealthPortIsTaken()
      throws Exception {
    long loopsBefore = loopThreads();
    int sessionsBefore = remediatorSessions();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      harness.environment.put("RESPONDER_REMEDIATOR_PORT", Integer.toString(taken.getLocalPort()));

      assertThatThrownBy(harness::start)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("the remediator could not start")
          .hasRootCauseInstanceOf(BindException.class);
    }

    assertThat(loopThreads()).as("no consumer loop was started").isEqualTo(loopsBefore);
    // A closed connection's server process ends a moment after the client has gone: wait for it.
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(remediatorSessions())
                    .as("the pool was closed")
                    .isLessThanOrEqualTo(sessionsBefore));
  }

  private static long loopThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(thread -> thread.getName().equals("remediator-loop") && thread.isAlive())
        .count();
  }

  private int remediatorSessions() throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        var query =
            connection.prepareStatement(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = ?")) {
      query.setString(1, "responder-remediator");
      try (var row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  private int outboxRows(String incidentId) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        var query =
            connection.prepareStatement(
                "SELECT count(*) FROM responder.outbox WHERE record_key = ?")) {
      query.setString(1, incidentId);
      try (var row = query.executeQuery()) {
        row.next();
        return row.getInt(1);
      }
    }
  }

  /** Takes the ledger away from the running service (and gives it back), as an outage would. */
  private void ledgerTable(String from, String to) throws Exception {
    try (Connection connection = postgres.dataSource().getConnection();
        var statement = connection.createStatement()) {
      statement.execute("ALTER TABLE responder." + from + " RENAME TO " + to);
    }
  }
}
