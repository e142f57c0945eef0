package dev.responder.sandbox.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.junit.SandboxExtension;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class CrmNamespaceIT {

  private final KubernetesApi kubernetes;
  private final KubernetesClient client;

  CrmNamespaceIT(KubernetesApi kubernetes) {
    this.kubernetes = kubernetes;
    this.client = kubernetes.client();
  }

  @AfterEach
  void restoreTheSeededNamespace() {
    kubernetes.reset();
  }

  @Test
  void shouldListTheRunningBackendPodsByLabel() {
    // when
    List<Pod> pods =
        client.pods().inNamespace("crm").withLabel("app", "crm-backend").list().getItems();

    // then
    assertThat(pods)
        .hasSize(2)
        .allSatisfy(pod -> assertThat(pod.getStatus().getPhase()).isEqualTo("Running"))
        .allSatisfy(
            pod -> assertThat(pod.getStatus().getContainerStatuses().get(0).getReady()).isTrue());
  }

  @Test
  void shouldSeedEventsWithTheirLastTimestamp() {
    // when
    List<Event> events = client.v1().events().inNamespace("crm").list().getItems();

    // then
    assertThat(events)
        .isNotEmpty()
        .allSatisfy(event -> assertThat(event.getLastTimestamp()).isNotBlank());
  }

  @Test
  void shouldAnnotateThePodTemplateWithAJsonMergePatch() {
    // when
    client
        .apps()
        .deployments()
        .inNamespace("crm")
        .withName("crm-backend")
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":"
                + "{\"kubectl.kubernetes.io/restartedAt\":\"2026-01-01T00:00:00Z\"}}}}}");

    // then
    Deployment backend = backend();
    assertThat(backend.getSpec().getTemplate().getMetadata().getAnnotations())
        .containsEntry("kubectl.kubernetes.io/restartedAt", "2026-01-01T00:00:00Z");
    assertThat(backend.getSpec().getTemplate().getMetadata().getLabels())
        .containsEntry("app", "crm-backend");
  }

  @Test
  void shouldScaleTheBackendToFourReplicas() {
    // when
    client.apps().deployments().inNamespace("crm").withName("crm-backend").scale(4);

    // then
    assertThat(backend().getSpec().getReplicas()).isEqualTo(4);
  }

  @Test
  void shouldRestoreTheInitialStateOnReset() {
    // given
    client.apps().deployments().inNamespace("crm").withName("crm-backend").scale(4);

    // when
    kubernetes.reset();

    // then
    assertThat(backend().getSpec().getReplicas()).isEqualTo(2);
    assertThat(client.pods().inNamespace("crm").list().getItems()).hasSize(4);
  }

  private Deployment backend() {
    return client.apps().deployments().inNamespace("crm").withName("crm-backend").get();
  }
}
