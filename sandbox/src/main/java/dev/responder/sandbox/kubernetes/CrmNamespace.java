package dev.responder.sandbox.kubernetes;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.EventBuilder;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * The CRM platform as the runbook knows it: namespace {@code crm} with Deployments {@code
 * crm-backend} and {@code crm-worker} (2 replicas each, selected by {@code app=<name>}), their
 * running pods and a few events. The mock server creates no pods from Deployments, so they are
 * seeded here.
 */
public final class CrmNamespace {

  public static final String NAMESPACE = "crm";
  public static final String BACKEND = "crm-backend";
  public static final String WORKER = "crm-worker";
  public static final int REPLICAS = 2;

  private static final List<String> POD_SUFFIXES = List.of("x4k2p", "m8q7z");
  private static final String IMAGE = "registry.example/crm/%s:1.0.0";

  private CrmNamespace() {}

  /** Creates the namespace, Deployments, pods and events (on an empty server). */
  public static void seed(KubernetesClient client) {
    client
        .namespaces()
        .resource(
            new NamespaceBuilder().withNewMetadata().withName(NAMESPACE).endMetadata().build())
        .create();
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    for (String app : List.of(BACKEND, WORKER)) {
      client.apps().deployments().inNamespace(NAMESPACE).resource(deployment(app)).create();
      for (int replica = 0; replica < REPLICAS; replica++) {
        Pod pod = pod(app, replica, now);
        client.pods().inNamespace(NAMESPACE).resource(pod).create();
        createStartedEvent(client, pod, now);
      }
    }
  }

  private static Deployment deployment(String app) {
    return new DeploymentBuilder()
        .withNewMetadata()
        .withName(app)
        .withNamespace(NAMESPACE)
        .withLabels(Map.of("app", app))
        .endMetadata()
        .withNewSpec()
        .withReplicas(REPLICAS)
        .withNewSelector()
        .withMatchLabels(Map.of("app", app))
        .endSelector()
        .withNewTemplate()
        .withNewMetadata()
        .withLabels(Map.of("app", app))
        .endMetadata()
        .withNewSpec()
        .withContainers(container(app))
        .endSpec()
        .endTemplate()
        .endSpec()
        .withNewStatus()
        .withReplicas(REPLICAS)
        .withReadyReplicas(REPLICAS)
        .withAvailableReplicas(REPLICAS)
        .withUpdatedReplicas(REPLICAS)
        .endStatus()
        .build();
  }

  private static Container container(String app) {
    return new ContainerBuilder().withName(app).withImage(IMAGE.formatted(app)).build();
  }

  private static Pod pod(String app, int replica, Instant now) {
    String started = now.minus(1, ChronoUnit.HOURS).toString();
    return new PodBuilder()
        .withNewMetadata()
        .withName(app + "-7d9f8b6c5d-" + POD_SUFFIXES.get(replica))
        .withNamespace(NAMESPACE)
        .withLabels(Map.of("app", app, "pod-template-hash", "7d9f8b6c5d"))
        .endMetadata()
        .withNewSpec()
        .withContainers(container(app))
        .endSpec()
        .withNewStatus()
        .withPhase("Running")
        .withStartTime(started)
        .addNewCondition()
        .withType("Ready")
        .withStatus("True")
        .withLastTransitionTime(started)
        .endCondition()
        .addNewContainerStatus()
        .withName(app)
        .withImage(IMAGE.formatted(app))
        .withReady(true)
        .withStarted(true)
        .withRestartCount(0)
        .endContainerStatus()
        .endStatus()
        .build();
  }

  private static void createStartedEvent(KubernetesClient client, Pod pod, Instant now) {
    String podName = pod.getMetadata().getName();
    client
        .v1()
        .events()
        .inNamespace(NAMESPACE)
        .resource(
            new EventBuilder()
                .withNewMetadata()
                .withName(podName + ".started")
                .withNamespace(NAMESPACE)
                .endMetadata()
                .withNewInvolvedObject()
                .withKind("Pod")
                .withName(podName)
                .withNamespace(NAMESPACE)
                .endInvolvedObject()
                .withType("Normal")
                .withReason("Started")
                .withMessage("Started container " + pod.getSpec().getContainers().get(0).getName())
                .withCount(1)
                .withFirstTimestamp(now.minus(1, ChronoUnit.HOURS).toString())
                .withLastTimestamp(now.minus(1, ChronoUnit.HOURS).toString())
                .build())
        .create();
  }
}
