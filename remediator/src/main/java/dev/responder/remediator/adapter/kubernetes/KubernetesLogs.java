package dev.responder.remediator.adapter.kubernetes;

import dev.responder.remediator.evidence.LogLine;
import dev.responder.remediator.evidence.LogTail;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tail of a deployment's pods' logs, like {@code kubectl logs -l app=... -c CONTAINER
 * --timestamps --tail=N}: the last N lines of each pod, of one container chosen explicitly (a pod
 * with a sidecar has several), summarised by {@link LogTail}.
 */
final class KubernetesLogs {

  /** The annotation {@code kubectl logs} reads to choose a pod's container when none is named. */
  static final String DEFAULT_CONTAINER_ANNOTATION = "kubectl.kubernetes.io/default-container";

  private final KubernetesClient client;

  KubernetesLogs(KubernetesClient client) {
    this.client = client;
  }

  Result tail(
      List<Pod> pods,
      String deployment,
      Optional<String> container,
      int tail,
      Optional<String> grep) {
    List<LogLine> lines = new ArrayList<>();
    Set<String> containers = new LinkedHashSet<>();
    List<String> missing = new ArrayList<>();
    for (Pod pod : pods) {
      String name = pod.getMetadata().getName();
      Optional<String> chosen = chooseContainer(pod, deployment, container);
      if (chosen.isEmpty()) {
        missing.add(name);
        continue;
      }
      containers.add(chosen.get());
      String log =
          client
              .pods()
              .inNamespace(pod.getMetadata().getNamespace())
              .withName(name)
              .inContainer(chosen.get())
              .usingTimestamps()
              .tailingLines(tail)
              // No readiness wait: fabric8 otherwise watches a not-ready pod for up to 5 s before
              // reading its log, and a not-ready pod's log is the evidence the runbook wants.
              .withReadyWaitTimeout(null)
              .getLog();
      (log == null ? "" : log).lines().forEach(line -> lines.add(LogLine.parse(name, line)));
    }
    String source =
        pods.size()
            - missing.size()
            + " pods of "
            + deployment
            + " (container "
            + (containers.isEmpty() ? "none" : String.join(", ", containers))
            + ")";
    var observation = LogTail.of(lines, grep).observation(source);
    if (missing.isEmpty()) {
      return Result.ok(observation);
    }
    List<String> shown = new ArrayList<>(observation.lines());
    shown.add(1, "no container " + container.orElse("?") + " in pods " + missing);
    return Result.ok(Observation.of(observation.figures(), shown));
  }

  /**
   * The named container; without a name, the pod's default-container annotation, then the container
   * named after the deployment, then the first (a pod with one container has no choice).
   */
  static Optional<String> chooseContainer(Pod pod, String deployment, Optional<String> container) {
    List<String> names =
        pod.getSpec() == null
            ? List.of()
            : pod.getSpec().getContainers().stream().map(Container::getName).toList();
    if (container.isPresent()) {
      return container.filter(names::contains);
    }
    var annotations = pod.getMetadata().getAnnotations();
    String annotated = annotations == null ? null : annotations.get(DEFAULT_CONTAINER_ANNOTATION);
    if (annotated != null && names.contains(annotated)) {
      return Optional.of(annotated);
    }
    if (names.contains(deployment)) {
      return Optional.of(deployment);
    }
    return names.stream().findFirst();
  }
}
