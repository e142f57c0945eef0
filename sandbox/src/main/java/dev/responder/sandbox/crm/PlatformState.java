package dev.responder.sandbox.crm;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What is broken on the simulated platform and which pods are up, and the rule of what heals what:
 * a rollout of {@code crm-backend} (new pods) clears a broken backend, one of {@code crm-worker}
 * clears a stuck worker, as restarting the processes does on the real platform. Thread-safe.
 */
public final class PlatformState {

  /** The backend Deployment's name. */
  public static final String BACKEND = "crm-backend";

  /** The worker Deployment's name. */
  public static final String WORKER = "crm-worker";

  private final Map<String, List<String>> readyPods = new HashMap<>();
  private boolean backendBroken;
  private boolean workerStuck;

  /** The backend answers 5xx until its pods are replaced. */
  public synchronized void breakBackend() {
    backendBroken = true;
  }

  /** The worker processes nothing until its pods are replaced. */
  public synchronized void stallWorker() {
    workerStuck = true;
  }

  /**
   * Records a Deployment's ready pods after the controller acted.
   *
   * @param rolledOut whether its pods were replaced because the pod template changed
   */
  public synchronized void podsChanged(String deployment, List<String> ready, boolean rolledOut) {
    readyPods.put(deployment, List.copyOf(ready));
    if (rolledOut && BACKEND.equals(deployment)) {
      backendBroken = false;
    }
    if (rolledOut && WORKER.equals(deployment)) {
      workerStuck = false;
    }
  }

  /** Healthy when not broken and at least one backend pod is ready. */
  public synchronized boolean backendHealthy() {
    return !backendBroken && !readyPods(BACKEND).isEmpty();
  }

  public synchronized boolean backendBroken() {
    return backendBroken;
  }

  public synchronized boolean workerStuck() {
    return workerStuck;
  }

  /** The pods that process the queue: the worker's ready pods, none while it is stuck. */
  public synchronized List<String> processingWorkers() {
    return workerStuck ? List.of() : readyPods(WORKER);
  }

  /** The Deployment's ready pods as last reported (empty before the first report). */
  public synchronized List<String> readyPods(String deployment) {
    return readyPods.getOrDefault(deployment, List.of());
  }
}
