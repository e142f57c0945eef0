package dev.responder.sandbox.crm;

import static dev.responder.sandbox.crm.SimulatedPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrmSimulatorDatabaseIT {

  private final SimulatedPlatform platform = new SimulatedPlatform();
  private final CrmSimulator simulator = platform.simulator;

  @AfterEach
  void restoreTheSandbox() throws Exception {
    platform.close();
  }

  @Test
  void shouldHoldRealIdleSessionsThatTerminateBackendEnds() throws Exception {
    // given
    simulator.exhaustConnections(5);
    assertThat(idleBackendSessions()).isEqualTo(5);

    // when the runbook's repair runs (without its 10 minutes: these sessions are seconds old)
    platform.execute(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'crm'"
            + " AND state = 'idle' AND application_name = 'crm-backend'");

    // then
    await().atMost(Duration.ofSeconds(10)).until(() -> simulator.snapshot().heldSessions() == 0);
    assertThat(idleBackendSessions()).isZero();
  }

  @Test
  void shouldCloseTheLeakedSessionsWhenTheBackendRestarts() throws Exception {
    // given
    simulator.exhaustConnections(3);

    // when
    platform.restart("crm-backend");

    // then
    await().atMost(Duration.ofSeconds(10)).until(() -> idleBackendSessions() == 0);
  }

  @Test
  void shouldPublishRateLimitedPostsOnceTheRetryIsDue() throws Exception {
    // given
    simulator.failSocialPosts(PostFailure.RATE_LIMITED, 3);
    assertThat(simulator.snapshot().records().failedPosts()).isEqualTo(3);

    // when the runbook's retry puts them back for a minute later, and a minute passes
    platform.execute(
        "UPDATE \"SocialPost\" SET status = 'PENDING', next_attempt_at = now() + interval '1 minute'"
            + " WHERE status = 'FAILED'");
    platform.clock.advance(Duration.ofMinutes(2));

    // then
    eventually(
        () -> {
          RecordCounts counts = simulator.snapshot().records();
          assertThat(counts.failedPosts()).isZero();
          assertThat(counts.pendingPosts()).isZero();
        });
  }

  @Test
  void shouldFailPostsAgainWhileTheTokenStaysExpired() throws Exception {
    // given
    simulator.failSocialPosts(PostFailure.TOKEN_EXPIRED, 2);

    // when retried without the owner re-authenticating
    platform.execute("UPDATE \"SocialPost\" SET status = 'PENDING' WHERE status = 'FAILED'");

    // then
    eventually(() -> assertThat(simulator.snapshot().records().failedPosts()).isEqualTo(2));
    assertThat(simulator.snapshot().records().expiredTokens()).isEqualTo(2);
  }

  @Test
  void shouldSyncRetriedEventsWhileTheWorkerProcesses() throws Exception {
    // given
    simulator.failSyncEvents(4);
    assertThat(simulator.snapshot().records().failedSyncEvents()).isEqualTo(4);

    // when the runbook's retry runs
    platform.execute(
        "UPDATE \"SyncLog\" SET status = 'PENDING', retry_count = 0 WHERE status = 'FAILED'"
            + " AND created_at > now() - interval '1 hour'");

    // then
    eventually(
        () -> {
          RecordCounts counts = simulator.snapshot().records();
          assertThat(counts.failedSyncEvents()).isZero();
          assertThat(counts.pendingSyncEvents()).isZero();
        });
  }

  @Test
  void shouldRecordExpiredTokens() {
    // when
    simulator.expireTokens(3);

    // then
    assertThat(simulator.snapshot().records().expiredTokens()).isEqualTo(3);
  }

  private int idleBackendSessions() throws Exception {
    try (Connection connection = platform.sandbox.postgres().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'crm'"
                    + " AND state = 'idle' AND application_name = 'crm-backend'")) {
      row.next();
      return row.getInt(1);
    }
  }
}
