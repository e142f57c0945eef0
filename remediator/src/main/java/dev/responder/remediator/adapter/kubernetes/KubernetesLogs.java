package dev.responder.remediator.adapter.kubernetes;

import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tail of a deployment's pods' logs, like {@code kubectl logs -l app=... --tail=N}, with an
 * optional grep whose matching lines are counted (the runbook's "processing rate").
 */
final class KubernetesLogs {

  private final KubernetesClient client;

  KubernetesLogs(KubernetesClient client) {
    this.client = client;
  }

  Result tail(List<Pod> pods, int tail, Optional<String> grep) {
    List<String> lines = new ArrayList<>();
    for (Pod pod : pods) {
      String log =
          client
              .pods()
              .inNamespace(pod.getMetadata().getNamespace())
              .withName(pod.getMetadata().getName())
              .tailingLines(tail)
              // No readiness wait: fabric8 otherwise watches a not-ready pod for up to 5 s before
              // reading its log, and a not-ready pod's log is the evidence the runbook wants.
              .withReadyWaitTimeout(null)
              .getLog();
      String name = pod.getMetadata().getName();
      (log == null ? "" : log).lines().forEach(line -> lines.add(name + ": " + line));
    }
    List<String> kept =
        lines.size() > tail ? lines.subList(lines.size() - tail, lines.size()) : lines;
    long matches = grep.map(word -> kept.stream().filter(l -> l.contains(word)).count()).orElse(0L);
    List<String> shown =
        grep.map(word -> kept.stream().filter(l -> l.contains(word)).toList()).orElse(kept);
    return Result.ok(
        Observation.of(Map.of("lines", (double) kept.size(), "matches", (double) matches), shown));
  }
}
