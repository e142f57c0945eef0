package dev.responder.sandbox.crm;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Deployment and ReplicaSet controllers the mock API server lacks: watches the namespace's
 * Deployments and, on every change, makes their pods match (a new template revision replaces all
 * pods, a replica change adds or removes some), writes the events a cluster would, updates the
 * Deployment's status and tells the {@link PlatformState}. Reconciles on one thread, in order.
 */
final class DeploymentController implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(DeploymentController.class);

  /** Told a Deployment's ready pods after each reconciliation. */
  @FunctionalInterface
  interface PodsListener {
    /**
     * @param rolledOut whether the pods were just replaced because the pod template changed
     */
    void podsChanged(String deployment, List<String> readyPods, boolean rolledOut);
  }

  /** A Deployment's pod template as last acted on: its content and the pods' revision label. */
  private record Revision(String template, String podRevision) {}

  private final KubernetesClient client;
  private final String namespace;
  private final Clock clock;
  private final ClusterObjects objects;
  private final PodsListener listener;
  private final PodLogBook logs;
  private final Map<String, Revision> revisions = new HashMap<>();
  private final ExecutorService thread;
  private Watch watch;

  DeploymentController(
      KubernetesClient client,
      String namespace,
      Clock clock,
      ClusterObjects objects,
      PodsListener listener,
      PodLogBook logs) {
    this.client = client;
    this.namespace = namespace;
    this.clock = clock;
    this.objects = objects;
    this.listener = listener;
    this.logs = logs;
    this.thread = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, namespace));
  }

  private static Thread daemon(Runnable runnable, String namespace) {
    Thread thread = new Thread(runnable, "crm-simulator-controller-" + namespace);
    thread.setDaemon(true);
    return thread;
  }

  /** Adopts the pods that exist, then follows every Deployment change until closed. */
  void start() throws Exception {
    thread.submit(this::reconcileAll).get(30, TimeUnit.SECONDS);
    watch =
        client
            .apps()
            .deployments()
            .inNamespace(namespace)
            .watch(
                new Watcher<>() {
                  @Override
                  public void eventReceived(Action action, Deployment deployment) {
                    String name = deployment.getMetadata().getName();
                    thread.execute(() -> reconcileSafely(name));
                  }

                  @Override
                  public void onClose(WatcherException cause) {
                    LOGGER.warn("Deployment watch in {} closed: {}", namespace, cause.getMessage());
                  }
                });
  }

  private void reconcileAll() {
    client.apps().deployments().inNamespace(namespace).list().getItems().stream()
        .map(deployment -> deployment.getMetadata().getName())
        .forEach(this::reconcileSafely);
  }

  private void reconcileSafely(String name) {
    try {
      reconcile(name);
    } catch (KubernetesClientException e) {
      LOGGER.warn("could not reconcile {}/{}: {}", namespace, name, e.getMessage());
    }
  }

  private void reconcile(String name) {
    Deployment deployment = client.apps().deployments().inNamespace(namespace).withName(name).get();
    if (deployment == null) {
      return;
    }
    List<Pod> pods = podsOf(name);
    String template = template(deployment);
    Revision known = revisions.get(name);
    boolean rolledOut = known != null && !known.template().equals(template);
    if (known == null || rolledOut) {
      known = new Revision(template, known == null ? adoptedRevision(pods, template) : template);
      revisions.put(name, known);
    }
    int replicas = Objects.requireNonNullElse(deployment.getSpec().getReplicas(), 1);
    ReplicaPlan plan =
        ReplicaPlan.of(
            replicas,
            known.podRevision(),
            pods.stream()
                .map(pod -> new ReplicaPlan.RunningPod(pod.getMetadata().getName(), revision(pod)))
                .toList());
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    if (!plan.isEmpty()) {
      apply(deployment, plan, known.podRevision(), pods, now);
      LOGGER.info(
          "{}/{}: deleted {}, created {} pod(s){}",
          namespace,
          name,
          plan.delete().size(),
          plan.create(),
          rolledOut ? " for a new pod template" : "");
    }
    List<String> ready =
        podsOf(name).stream().map(pod -> pod.getMetadata().getName()).sorted().toList();
    updateStatus(deployment, ready.size());
    listener.podsChanged(name, ready, rolledOut && !plan.isEmpty());
  }

  private void apply(
      Deployment deployment, ReplicaPlan plan, String revision, List<Pod> pods, Instant now) {
    int before = pods.size();
    int after = before - plan.delete().size() + plan.create();
    if (after != before && plan.delete().size() != before) {
      String direction = after > before ? "up" : "down";
      create(
          objects.deploymentEvent(
              deployment,
              "ScalingReplicaSet",
              "Scaled "
                  + direction
                  + " replica set "
                  + deployment.getMetadata().getName()
                  + "-"
                  + revision
                  + " from "
                  + before
                  + " to "
                  + after,
              now));
    }
    for (Pod pod : pods) {
      if (plan.delete().contains(pod.getMetadata().getName())) {
        client.pods().inNamespace(namespace).withName(pod.getMetadata().getName()).delete();
        logs.forget(pod.getMetadata().getName());
        create(objects.podEvent(pod, "Killing", "Stopping container " + containerName(pod), now));
      }
    }
    for (int i = 0; i < plan.create(); i++) {
      Pod pod =
          client
              .pods()
              .inNamespace(namespace)
              .resource(objects.newPod(deployment, revision, now))
              .create();
      create(
          objects.podEvent(
              pod,
              "Scheduled",
              "Successfully assigned "
                  + namespace
                  + "/"
                  + pod.getMetadata().getName()
                  + " to "
                  + ClusterObjects.NODE,
              now));
      create(objects.podEvent(pod, "Started", "Started container " + containerName(pod), now));
    }
  }

  private void create(io.fabric8.kubernetes.api.model.Event event) {
    client.v1().events().inNamespace(namespace).resource(event).create();
  }

  private void updateStatus(Deployment deployment, int ready) {
    var status = deployment.getStatus();
    if (status != null
        && Objects.equals(status.getReadyReplicas(), ready)
        && Objects.equals(status.getReplicas(), ready)) {
      return;
    }
    Deployment updated =
        new DeploymentBuilder(deployment)
            .editOrNewStatus()
            .withReplicas(ready)
            .withReadyReplicas(ready)
            .withAvailableReplicas(ready)
            .withUpdatedReplicas(ready)
            .withObservedGeneration(deployment.getMetadata().getGeneration())
            .endStatus()
            .build();
    client.apps().deployments().inNamespace(namespace).resource(updated).updateStatus();
  }

  private List<Pod> podsOf(String deployment) {
    return client.pods().inNamespace(namespace).withLabel("app", deployment).list().getItems();
  }

  /** On first sight, the pods that run are the current revision, whatever their label says. */
  private static String adoptedRevision(List<Pod> pods, String template) {
    return pods.stream()
        .map(DeploymentController::revision)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(template);
  }

  private static String revision(Pod pod) {
    Map<String, String> labels = pod.getMetadata().getLabels();
    return labels == null ? null : labels.get(ClusterObjects.REVISION_LABEL);
  }

  private static String template(Deployment deployment) {
    var template = deployment.getSpec().getTemplate();
    Map<String, String> annotations = template.getMetadata().getAnnotations();
    return TemplateRevision.of(
        annotations == null ? Map.of() : annotations,
        ClusterObjects.templateLabels(deployment),
        template.getSpec().getContainers().stream().map(Container::getImage).toList());
  }

  private static String containerName(Pod pod) {
    return pod.getSpec().getContainers().get(0).getName();
  }

  @Override
  public void close() {
    if (watch != null) {
      watch.close();
    }
    thread.shutdownNow();
    try {
      thread.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
