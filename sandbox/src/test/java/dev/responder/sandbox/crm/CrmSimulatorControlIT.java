package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fault hooks and the state over HTTP, as a demo in another process uses them. */
class CrmSimulatorControlIT {

  private final SimulatedPlatform platform = new SimulatedPlatform();
  private final CrmSimulator simulator = platform.simulator;
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void restoreTheSandbox() throws Exception {
    platform.close();
  }

  @Test
  void shouldBreakThePlatformAndAnswerItsStateOverHttp() throws Exception {
    // when
    int stalled = post("/faults/stall-worker");
    int flooded = post("/faults/flood-queue?count=40");
    int posts = post("/faults/fail-social-posts?count=2&cause=rate-limited");

    // then
    assertThat(new int[] {stalled, flooded, posts}).containsOnly(200);
    JsonNode state = new ObjectMapper().readTree(get("/state").body());
    assertThat(state.path("workerStuck").asBoolean()).isTrue();
    assertThat(state.path("queueDepth").asLong()).isEqualTo(40);
    assertThat(state.path("records").path("rateLimitedPosts").asInt()).isEqualTo(2);
    assertThat(state.path("backendHealthy").asBoolean()).isTrue();
  }

  @Test
  void shouldRefuseAnUnknownFaultAndABadCountNamingThem() throws Exception {
    // when
    HttpResponse<String> unknown = send("/faults/melt-datacenter");
    HttpResponse<String> badCount = send("/faults/flood-queue?count=many");

    // then
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(unknown.body()).contains("melt-datacenter").contains("stall-worker");
    assertThat(badCount.statusCode()).isEqualTo(400);
    assertThat(badCount.body()).contains("count must be a whole number, was 'many'");
  }

  @Test
  void shouldCountHeldSessionsWithoutWakingThem() throws Exception {
    // given
    simulator.exhaustConnections(2);
    Instant idleSince = oldestIdleBackendSession();

    // when
    int held = simulator.snapshot().heldSessions();

    // then their idle time keeps growing, as a leak's does
    assertThat(held).isEqualTo(2);
    assertThat(oldestIdleBackendSession()).isEqualTo(idleSince);
  }

  private Instant oldestIdleBackendSession() throws Exception {
    try (Connection connection = platform.sandbox.postgres().dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row =
            statement.executeQuery(
                "SELECT min(state_change) FROM pg_stat_activity"
                    + " WHERE application_name = 'crm-backend' AND state = 'idle'")) {
      row.next();
      return row.getTimestamp(1).toInstant();
    }
  }

  private int post(String path) throws Exception {
    return send(path).statusCode();
  }

  private HttpResponse<String> send(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(simulator.controlUrl() + path))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(simulator.controlUrl() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
