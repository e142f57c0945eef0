package dev.responder.remediator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.Result;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.junit.SandboxExtension;
import io.fabric8.kubernetes.api.model.EventBuilder;
import java.time.Instant;
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
    api.client()
        .v1()
        .events()
        .inNamespace("crm")
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName("backend.backoff")
                .withNamespace("crm")
                .endMetadata()
                .withNewInvolvedObject()
                .withKind("Pod")
                .withName("crm-backend-x")
                .endInvolvedObject()
                .withType("Warning")
                .withReason("BackOff")
                .withMessage("Back-off restarting failed container")
                .withLastTimestamp(Instant.now().toString())
                .build())
        .create();

    Result events = cluster.events("crm", 20);

    assertThat(events.observation().lines().get(0)).contains("BackOff");
    assertThat(events.observation().figures())
        .containsEntry("warnings", 1.0)
        .containsEntry("count", 5.0);
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
