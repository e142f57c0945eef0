package dev.responder.remediator.adapter.kubernetes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.ScaleUp;
import dev.responder.remediator.port.Applied;
import dev.responder.remediator.port.KubernetesCluster;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * {@link KubernetesCluster} over fabric8. Pods of a deployment are selected by {@code
 * app=<deployment>}, as the runbook's {@code kubectl -l app=...} does.
 */
public final class Fabric8KubernetesCluster implements KubernetesCluster {

  /** The pod-template annotation holding the action key of the last restart. */
  public static final String ACTION_KEY_ANNOTATION = "responder.dev/action-key";

  /** The pod-template annotation whose change makes the Deployment roll its pods. */
  public static final String RESTARTED_AT_ANNOTATION = "responder.dev/restartedAt";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;
  private final KubernetesLogs logs;

  public Fabric8KubernetesCluster(KubernetesClient client) {
    this.client = client;
    this.logs = new KubernetesLogs(client);
  }

  @Override
  public Result pods(String namespace, Optional<String> deployment) {
    try {
      List<Pod> pods = selectPods(namespace, deployment);
      long ready = pods.stream().filter(PodSummary::isReady).count();
      int restarts = pods.stream().mapToInt(PodSummary::restarts).sum();
      return Result.ok(
          Observation.of(
              Map.of(
                  "total", (double) pods.size(),
                  "ready", (double) ready,
                  "notReady", (double) (pods.size() - ready),
                  "restarts", (double) restarts),
              describe(namespace, pods)));
    } catch (KubernetesClientException e) {
      return KubernetesFailures.of("listing pods in " + namespace, e);
    }
  }

  /** One line per pod; under each unhealthy one, what {@code kubectl describe pod} would show. */
  private List<String> describe(String namespace, List<Pod> pods) {
    List<Pod> unhealthy = pods.stream().filter(PodDiagnosis::needsDiagnosis).toList();
    // Events are read once, and only when some pod needs them: a healthy namespace costs one list.
    List<Event> events =
        unhealthy.isEmpty()
            ? List.of()
            : client.v1().events().inNamespace(namespace).list().getItems();
    List<String> lines = new ArrayList<>();
    for (Pod pod : pods) {
      lines.add(PodSummary.line(pod));
      if (unhealthy.contains(pod)) {
        lines.addAll(PodDiagnosis.lines(pod, events));
      }
    }
    return lines;
  }

  @Override
  public Result events(String namespace, int limit) {
    try {
      List<Event> events =
          client.v1().events().inNamespace(namespace).list().getItems().stream()
              .sorted(PodSummary.NEWEST_FIRST)
              .limit(limit)
              .toList();
      long warnings = events.stream().filter(e -> "Warning".equals(e.getType())).count();
      return Result.ok(
          Observation.of(
              Map.of("count", (double) events.size(), "warnings", (double) warnings),
              events.stream().map(PodSummary::line).toList()));
    } catch (KubernetesClientException e) {
      return KubernetesFailures.of("listing events in " + namespace, e);
    }
  }

  @Override
  public Result logs(
      String namespace,
      String deployment,
      Optional<String> container,
      int tail,
      Optional<String> grep) {
    try {
      return logs.tail(
          selectPods(namespace, Optional.of(deployment)), deployment, container, tail, grep);
    } catch (KubernetesClientException e) {
      return KubernetesFailures.of("reading logs of " + deployment, e);
    }
  }

  @Override
  public Result top(String namespace, Optional<String> deployment) {
    return new KubernetesMetrics(client).top(namespace, deployment);
  }

  @Override
  public Result rolloutRestart(String namespace, String deployment, String actionKey, Instant at) {
    try {
      if (restartApplied(namespace, deployment, actionKey) == Applied.YES) {
        return Result.ok(Observation.lines(List.of("already restarted by " + actionKey)));
      }
      Map<String, Object> patch =
          Map.of(
              "spec",
              Map.of(
                  "template",
                  Map.of(
                      "metadata",
                      Map.of(
                          "annotations",
                          Map.of(
                              ACTION_KEY_ANNOTATION,
                              actionKey,
                              RESTARTED_AT_ANNOTATION,
                              at.toString())))));
      Deployment patched =
          client
              .apps()
              .deployments()
              .inNamespace(namespace)
              .withName(deployment)
              .patch(PatchContext.of(PatchType.JSON_MERGE), JSON.writeValueAsString(patch));
      return Result.ok(
          Observation.of(
              Map.of("generation", generation(patched)),
              List.of("restarted " + namespace + "/" + deployment + " at " + at)));
    } catch (KubernetesClientException e) {
      return KubernetesFailures.of("restarting " + deployment, e);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a merge patch", e);
    }
  }

  @Override
  public Result scale(String namespace, String deployment, int replicas) {
    try {
      var resource = client.apps().deployments().inNamespace(namespace).withName(deployment);
      Deployment before = resource.get();
      if (before == null) {
        return Result.failed(
            FailureKind.PERMANENT, "no deployment " + namespace + "/" + deployment);
      }
      int previous = before.getSpec().getReplicas();
      OptionalInt target = ScaleUp.target(previous, replicas);
      if (target.isEmpty()) {
        return Result.ok(
            Observation.of(
                Map.of("previousReplicas", (double) previous, "replicas", (double) previous),
                List.of()),
            "%s already runs %d replicas (at least %d asked): not lowered"
                .formatted(deployment, previous, replicas));
      }
      resource.scale(target.getAsInt());
      return Result.ok(
          Observation.of(
              Map.of("previousReplicas", (double) previous, "replicas", (double) replicas),
              List.of("scaled " + deployment + " from " + previous + " to " + replicas)));
    } catch (KubernetesClientException e) {
      return KubernetesFailures.of("scaling " + deployment, e);
    }
  }

  @Override
  public Applied restartApplied(String namespace, String deployment, String actionKey) {
    return readDeployment(namespace, deployment)
        .map(d -> actionKey.equals(templateAnnotations(d).get(ACTION_KEY_ANNOTATION)))
        .map(applied -> applied ? Applied.YES : Applied.NO)
        .orElse(Applied.UNKNOWN);
  }

  @Override
  public Applied scaledTo(String namespace, String deployment, int replicas) {
    return readDeployment(namespace, deployment)
        .map(d -> ScaleUp.satisfied(d.getSpec().getReplicas(), replicas) ? Applied.YES : Applied.NO)
        .orElse(Applied.UNKNOWN);
  }

  private Optional<Deployment> readDeployment(String namespace, String deployment) {
    try {
      return Optional.ofNullable(
          client.apps().deployments().inNamespace(namespace).withName(deployment).get());
    } catch (KubernetesClientException e) {
      return Optional.empty();
    }
  }

  private List<Pod> selectPods(String namespace, Optional<String> deployment) {
    var pods = client.pods().inNamespace(namespace);
    return deployment
        .map(name -> pods.withLabel("app", name).list().getItems())
        .orElseGet(() -> pods.list().getItems());
  }

  private static Map<String, String> templateAnnotations(Deployment deployment) {
    var metadata = deployment.getSpec().getTemplate().getMetadata();
    return metadata == null || metadata.getAnnotations() == null
        ? Map.of()
        : metadata.getAnnotations();
  }

  private static double generation(Deployment deployment) {
    Long generation = deployment.getMetadata().getGeneration();
    return generation == null ? 0 : generation;
  }
}
