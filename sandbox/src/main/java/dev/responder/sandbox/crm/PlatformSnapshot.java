package dev.responder.sandbox.crm;

import java.util.List;
import java.util.Map;

/**
 * The simulated platform at one moment, for tests and the demo's summary.
 *
 * @param backendHealthy whether {@code /health} answers 200
 * @param workerStuck whether the worker is stalled until restarted
 * @param readyPods each Deployment's ready pods, by Deployment name
 * @param queueDepth {@code LLEN crm-events}
 * @param processedEvents events the worker took off the queue since the simulator started
 * @param heldSessions sessions the backend pool holds that the server has not terminated
 * @param records the CRM rows the runbook counts
 */
public record PlatformSnapshot(
    boolean backendHealthy,
    boolean workerStuck,
    Map<String, List<String>> readyPods,
    long queueDepth,
    long processedEvents,
    int heldSessions,
    RecordCounts records) {

  public PlatformSnapshot {
    readyPods = Map.copyOf(readyPods);
  }
}
