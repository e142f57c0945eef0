package dev.responder.remediator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Result;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.kubernetes.PodLogSource;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class KubernetesClusterIT {

  private final KubernetesApi api;
  private final Fabric8KubernetesCluster cluster;

  KubernetesClusterIT(KubernetesApi api) {
    this.api = api;
    this.cluster = new Fabric8KubernetesCluster(api.client());
  }

  @BeforeEach
  void reset() {
    api.reset();
    api.serveLogsFrom(PodLogSource.EMPTY);
  }

  @Test
  void shouldRestartOncePerActionKeyAndReadTheIntentBack() {
    Instant first = Instant.parse("2026-11-27T03:00:00Z");

    cluster.rolloutRestart("crm", "crm-backend", "INC-1/a/restart/crm-backend", first);
    cluster.rolloutRestart(
        "crm", "crm-backend", "INC-1/a/restart/crm-backend", first.plusSeconds(60));

    var annotations =
        api.client()
            .apps()
            .deployments()
            .inNamespace("crm")
            .withName("crm-backend")
            .get()
            .getSpec()
            .getTemplate()
            .getMetadata()
            .getAnnotations();
    assertThat(annotations)
        .containsEntry(Fabric8KubernetesCluster.RESTARTED_AT_ANNOTATION, first.toString());
    assertThat(cluster.restartApplied("crm", "crm-backend", "INC-1/a/restart/crm-backend"))
        .isEqualTo(Applied.YES);
    assertThat(cluster.restartApplied("crm", "crm-backend", "INC-2/a/restart/crm-backend"))
        .isEqualTo(Applied.NO);
    assertThat(cluster.restartApplied("crm", "crm-worker", "INC-1/a/restart/crm-backend"))
        .isEqualTo(Applied.NO);
    assertThat(cluster.restartApplied("crm", "no-such", "k")).isEqualTo(Applied.UNKNOWN);
  }

  @Test
  void shouldScaleToAnAbsoluteCount() {
    Result scaled = cluster.scale("crm", "crm-worker", 4);

    assertThat(scaled.observation().figures())
        .containsEntry("previousReplicas", 2.0)
        .containsEntry("replicas", 4.0);
    assertThat(cluster.scaledTo("crm", "crm-worker", 4)).isEqualTo(Applied.YES);
  }

  @Test
  void shouldNeverLowerAReplicaCountAnAutoscalerOrAPersonSetHigher() {
    api.client().apps().deployments().inNamespace("crm").withName("crm-worker").scale(6);

    Result scaled = cluster.scale("crm", "crm-worker", 4);

    assertThat(scaled.succeeded()).isTrue();
    assertThat(scaled.message()).contains("not lowered");
    assertThat(
            api.client()
                .apps()
                .deployments()
                .inNamespace("crm")
                .withName("crm-worker")
                .get()
                .getSpec()
                .getReplicas())
        .isEqualTo(6);
    assertThat(cluster.scaledTo("crm", "crm-worker", 4))
        .as("at least 4 is what the action means")
        .isEqualTo(Applied.YES);
    assertThat(cluster.scaledTo("crm", "crm-worker", 8)).isEqualTo(Applied.NO);
  }

  @Test
  void shouldListEventsNewestFirstByLastTimestamp() {
    backOff("crm-backend-x", "Back-off restarting failed container", Instant.now().toString());

    Result events = cluster.events("crm", 20);

    assertThat(events.observation().lines().get(0)).contains("BackOff");
    assertThat(events.observation().figures())
        .containsEntry("warnings", 1.0)
        .containsEntry("count", 5.0);
  }

  @Test
  void shouldReadTheChosenContainersTailWithErrorsSummarisedAndTheRate() {
    addPod(
        new PodBuilder()
            .withNewMetadata()
            .withName("crm-worker-sidecar")
            .withNamespace("crm")
            .withLabels(Map.of("app", "crm-worker"))
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("istio-proxy")
            .endContainer()
            .addNewContainer()
            .withName("crm-worker")
            .endContainer()
            .endSpec()
            .build());
    api.serveLogsFrom(
        new PodLogSource() {
          @Override
          public String log(String namespace, String pod, int tailLines) {
            return "";
          }

          @Override
          public String log(String namespace, String pod, String container, int tailLines) {
            if (!pod.equals("crm-worker-sidecar")) {
              return "";
            }
            return "crm-worker".equals(container)
                ? "2026-12-03T10:00:00Z INFO  processed 4 events\n"
                    + "2026-12-03T10:00:30Z ERROR job 9 failed\n"
                    + "2026-12-03T10:00:30Z java.lang.IllegalStateException: no such contact\n"
                    + "2026-12-03T10:00:30Z \tat dev.crm.Sync.run(Sync.java:12)\n"
                    + "2026-12-03T10:02:00Z INFO  processed 2 events\n"
                : "2026-12-03T10:00:00Z [envoy] processed upstream request\n";
          }
        });

    Result logs =
        cluster.logs("crm", "crm-worker", Optional.empty(), 100, Optional.of("processed"));

    assertThat(logs.observation().figures())
        .containsEntry("lines", 5.0)
        .containsEntry("matches", 2.0)
        .containsEntry("errors", 1.0)
        .containsEntry("ratePerMinute", 1.0);
    assertThat(logs.observation().lines().get(0)).contains("(container crm-worker)");
    assertThat(logs.observation().lines())
        .contains(
            "error: crm-worker-sidecar: ERROR job 9 failed [stack trace, 2 lines, root cause"
                + " java.lang.IllegalStateException: no such contact]")
        .noneMatch(line -> line.contains("envoy"));
  }

  @Test
  void shouldSayWhichPodsLackANamedContainer() {
    Result logs =
        cluster.logs("crm", "crm-worker", Optional.of("istio-proxy"), 100, Optional.empty());

    assertThat(logs.observation().figures()).containsEntry("lines", 0.0);
    assertThat(logs.observation().lines()).anyMatch(l -> l.startsWith("no container istio-proxy"));
  }

  @Test
  void shouldAttachWhyAPodIsNotReadyAsDescribeShowsIt() {
    addPod(
        new PodBuilder()
            .withNewMetadata()
            .withName("crm-backend-crash")
            .withNamespace("crm")
            .withLabels(Map.of("app", "crm-backend"))
            .endMetadata()
            .withNewSpec()
            .addNewContainer()
            .withName("crm-backend")
            .endContainer()
            .endSpec()
            .withNewStatus()
            .withPhase("Running")
            .addNewCondition()
            .withType("Ready")
            .withStatus("False")
            .withReason("ContainersNotReady")
            .withMessage("containers with unready status: [crm-backend]")
            .endCondition()
            .addNewContainerStatus()
            .withName("crm-backend")
            .withRestartCount(4)
            .withNewState()
            .withNewWaiting()
            .withReason("CrashLoopBackOff")
            .withMessage("back-off 1m20s restarting failed container")
            .endWaiting()
            .endState()
            .withNewLastState()
            .withNewTerminated()
            .withReason("OOMKilled")
            .withExitCode(137)
            .withFinishedAt("2026-12-03T10:00:00Z")
            .endTerminated()
            .endLastState()
            .endContainerStatus()
            .endStatus()
            .build());
    backOff(
        "crm-backend-crash",
        "Back-off restarting failed container crm-backend",
        "2026-12-03T10:00:05Z");

    Result pods = cluster.pods("crm", Optional.of("crm-backend"));

    assertThat(pods.observation().figures())
        .containsEntry("notReady", 1.0)
        .containsEntry("restarts", 4.0);
    assertThat(pods.observation().lines())
        .contains(
            "  condition Ready=False (ContainersNotReady: containers with unready status:"
                + " [crm-backend])",
            "  container crm-backend waiting (CrashLoopBackOff: back-off 1m20s restarting failed"
                + " container)",
            "  container crm-backend last terminated: OOMKilled (exit code 137) at"
                + " 2026-12-03T10:00:00Z")
        .anyMatch(line -> line.startsWith("  event ") && line.contains("BackOff"))
        // The healthy pods get their one line and no description.
        .filteredOn(line -> line.startsWith("  event "))
        .hasSize(1);
  }

  private void backOff(String pod, String message, String lastTimestamp) {
    api.client()
        .v1()
        .events()
        .inNamespace("crm")
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName(pod + ".backoff")
                .withNamespace("crm")
                .endMetadata()
                .withNewInvolvedObject()
                .withKind("Pod")
                .withName(pod)
                .endInvolvedObject()
                .withType("Warning")
                .withReason("BackOff")
                .withMessage(message)
                .withLastTimestamp(lastTimestamp)
                .build())
        .create();
  }

  private void addPod(Pod pod) {
    api.client().pods().inNamespace("crm").resource(pod).create();
  }

  @Test
  void shouldReportPodReadiness() {
    Result pods = cluster.pods("crm", Optional.of("crm-backend"));

    assertThat(pods.observation().figures())
        .containsEntry("total", 2.0)
        .containsEntry("ready", 2.0)
        .containsEntry("notReady", 0.0);
  }
}
