package dev.responder.remediator.adapter.kubernetes;

import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.ContainerMetrics;
import io.fabric8.kubernetes.api.model.metrics.v1beta1.PodMetrics;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resource usage from the metrics API, like {@code kubectl top pods}. A cluster without
 * metrics-server answers 404: that is reported as "unavailable", with no figures, so no condition
 * can act on it.
 */
final class KubernetesMetrics {

  private static final BigDecimal MEBIBYTE = BigDecimal.valueOf(1024L * 1024L);

  private final KubernetesClient client;

  KubernetesMetrics(KubernetesClient client) {
    this.client = client;
  }

  Result top(String namespace, Optional<String> deployment) {
    List<PodMetrics> metrics;
    try {
      var pods = client.top().pods().inNamespace(namespace);
      metrics =
          deployment
              .map(name -> pods.withLabels(Map.of("app", name)).metrics().getItems())
              .orElseGet(() -> pods.metrics().getItems());
    } catch (KubernetesClientException e) {
      if (e.getCode() == 404) {
        return Result.ok(Observation.lines(List.of("resource usage unavailable: no metrics API")));
      }
      return KubernetesFailures.of("reading metrics in " + namespace, e);
    }
    if (metrics.isEmpty()) {
      // A metrics API that knows no pod has nothing to compare: no figures, no action on them.
      return Result.ok(Observation.lines(List.of("resource usage unavailable: no pod metrics")));
    }
    double maxCpu = metrics.stream().mapToDouble(m -> sum(m, "cpu") * 1000).max().orElse(0);
    double maxMemory =
        metrics.stream()
            .mapToDouble(m -> BigDecimal.valueOf(sum(m, "memory")).divide(MEBIBYTE).doubleValue())
            .max()
            .orElse(0);
    return Result.ok(
        Observation.of(
            Map.of(
                "pods", (double) metrics.size(), "maxCpuMillis", maxCpu, "maxMemoryMiB", maxMemory),
            metrics.stream()
                .map(m -> m.getMetadata().getName() + " cpu=" + sum(m, "cpu"))
                .toList()));
  }

  private static double sum(PodMetrics pod, String resource) {
    return pod.getContainers().stream()
        .map(ContainerMetrics::getUsage)
        .map(usage -> usage.get(resource))
        .filter(quantity -> quantity != null)
        .map(Quantity::getNumericalAmount)
        .mapToDouble(BigDecimal::doubleValue)
        .sum();
  }
}
