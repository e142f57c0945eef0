package dev.responder.remediator.port;

import java.time.Instant;
import java.util.Optional;

/**
 * The CRM's Kubernetes cluster: pod status, events, logs, resource usage, and the two changes the
 * runbook allows (rollout restart, scale).
 */
public interface KubernetesCluster {

  /** Figures total, ready, notReady, restarts; one line per pod. */
  Result pods(String namespace, Optional<String> deployment);

  /** The newest {@code limit} events by last timestamp; figures count, warnings. */
  Result events(String namespace, int limit);

  /**
   * The last {@code tail} lines of each of the deployment's pods, of one container ({@code
   * container}, or the pod's default); figures lines, matches (of grep), errors, ratePerMinute.
   */
  Result logs(
      String namespace,
      String deployment,
      Optional<String> container,
      int tail,
      Optional<String> grep);

  /** Figures pods, maxCpuMillis, maxMemoryMiB from the metrics API; "unavailable" without it. */
  Result top(String namespace, Optional<String> deployment);

  /** Restarts the rollout, stamping {@code actionKey} into the pod template's annotations. */
  Result rolloutRestart(String namespace, String deployment, String actionKey, Instant at);

  /**
   * Raises the deployment's replicas to {@code replicas}; never lowers them (an autoscaler or a
   * person may already have scaled higher), in which case nothing changes and the result says so.
   */
  Result scale(String namespace, String deployment, int replicas);

  /** Whether the pod template carries {@code actionKey}: the restart's intent was applied. */
  Applied restartApplied(String namespace, String deployment, String actionKey);

  /** Whether the deployment already asks for at least {@code replicas}: the scale's meaning. */
  Applied scaledTo(String namespace, String deployment, int replicas);
}
