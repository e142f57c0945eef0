package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.app.local.LocalDirectory;
import dev.responder.app.local.LocalOptions;
import dev.responder.app.local.LocalStack;
import dev.responder.sandbox.Sandbox;
import dev.responder.sandbox.crm.PlatformSnapshot;
import dev.responder.sandbox.crm.ReceivedNotification;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo's five scenarios end to end, against a local stack started as {@code responder local}
 * would start it (so the demo attaches to it through its published endpoints and leaves it
 * running); then the simulated platform is inspected directly. The slowest test of the build: most
 * of its minute and a half is the runbook's shortened waits (1m of idle sessions, 5s per
 * verification).
 */
class DemoIT {

  @TempDir Path root;

  private LocalDirectory.Lock lock;
  private LocalStack stack;

  @BeforeEach
  void startLocalMode() throws Exception {
    Files.createDirectories(root.resolve("runbooks"));
    Files.copy(Path.of("..", "runbooks", "crm.yaml"), root.resolve("runbooks").resolve("crm.yaml"));
    LocalDirectory directory = new LocalDirectory(root);
    lock = directory.tryLock().orElseThrow();
    stack =
        LocalStack.start(new LocalOptions(root, root.resolve("runbooks/crm.yaml"), 0), directory);
  }

  @AfterEach
  void stopLocalMode() throws Exception {
    stack.close();
    lock.close();
  }

  @Test
  void shouldResolveAllFiveIncidentsAsTheirRunbooksExpect() throws Exception {
    // given
    Path json = root.resolve("summary.json");
    StringWriter out = new StringWriter();

    // when
    int exit =
        Demo.run(
            new Demo.Options(root, null, Optional.empty(), Optional.of(json)),
            new PrintWriter(out, true),
            new PrintWriter(new StringWriter(), true));

    // then every scenario resolved with the actions its runbook prescribes
    assertThat(exit).as(out.toString()).isZero();
    JsonNode summary = new ObjectMapper().readTree(json.toFile());
    assertThat(summary.path("allResolved").asBoolean()).isTrue();
    assertThat(actionsByScenario(summary))
        .containsExactly(
            Map.entry(
                "worker-queue-stuck", List.of("kubernetes.rolloutRestart crm-worker SUCCEEDED")),
            Map.entry(
                "social-publishing-failed",
                List.of(
                    "notify account-owners SUCCEEDED",
                    "postgres.retrySocialPosts crm SUCCEEDED",
                    "notify slack:#crm-content-review SUCCEEDED")),
            Map.entry(
                "event-processing-lag",
                List.of(
                    "kubernetes.scale crm-worker SUCCEEDED",
                    "postgres.retryFailedSyncEvents crm SUCCEEDED")),
            Map.entry(
                "database-connections-exhausted",
                List.of("postgres.terminateIdleConnections crm SUCCEEDED")),
            Map.entry(
                "api-unresponsive", List.of("kubernetes.rolloutRestart crm-backend SUCCEEDED")));
    for (JsonNode scenario : summary.path("scenarios")) {
      assertThat(scenario.path("incident").asText()).startsWith("INC-");
      assertThat(scenario.path("alertToResolvedMs").asLong())
          .isGreaterThanOrEqualTo(scenario.path("alertToFirstActionMs").asLong())
          .isGreaterThanOrEqualTo(scenario.path("alertToIncidentMs").asLong());
    }
    assertThat(out.toString()).contains("All 5 scenarios resolved as their runbooks expect");

    // and the platform is healed, with the people's part of social publishing left to people
    PlatformSnapshot state = stack.simulator().snapshot();
    assertThat(state.backendHealthy()).isTrue();
    assertThat(state.workerStuck()).isFalse();
    assertThat(state.readyPods().get("crm-worker")).hasSize(4);
    assertThat(state.readyPods().get("crm-backend")).hasSize(2);
    assertThat(state.heldSessions()).isZero();
    assertThat(state.records().rateLimitedPosts()).isZero();
    assertThat(state.records().pendingPosts()).isZero();
    assertThat(state.records().failedPosts()).as("2 expired tokens, 1 rejected post").isEqualTo(3);
    assertThat(state.records().failedSyncEvents()).isZero();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> stack.simulator().snapshot().queueDepth() == 0);

    // and the restarts and the scale-out are on the Deployments, stamped with their action keys
    KubernetesClient kubernetes = Sandbox.shared().kubernetes().client();
    assertThat(deployment(kubernetes, "crm-worker").getSpec().getReplicas()).isEqualTo(4);
    for (String restarted : List.of("crm-worker", "crm-backend")) {
      assertThat(
              deployment(kubernetes, restarted)
                  .getSpec()
                  .getTemplate()
                  .getMetadata()
                  .getAnnotations())
          .containsKey("responder.dev/action-key");
    }

    // and people were told: the account owners, and the content reviewers
    assertThat(stack.simulator().notifications())
        .extracting(ReceivedNotification::body)
        .anySatisfy(
            body ->
                assertThat(body)
                    .contains("email:owner")
                    .contains("reconnect")
                    .contains("Accounts to reconnect: "))
        .anySatisfy(body -> assertThat(body).contains("#crm-content-review"));

    // and the stack the demo attached to is still running
    assertThat(stack.endpoints().ingestAnswers()).isTrue();
  }

  private static Map<String, List<String>> actionsByScenario(JsonNode summary) {
    Map<String, List<String>> actions = new java.util.LinkedHashMap<>();
    for (JsonNode scenario : summary.path("scenarios")) {
      List<String> taken = new ArrayList<>();
      for (JsonNode action : scenario.path("actions")) {
        taken.add(
            action.path("operation").asText()
                + " "
                + action.path("target").asText()
                + " "
                + action.path("status").asText());
      }
      actions.put(scenario.path("scenario").asText(), taken);
    }
    return actions;
  }

  private static Deployment deployment(KubernetesClient kubernetes, String name) {
    return kubernetes.apps().deployments().inNamespace("crm").withName(name).get();
  }
}
