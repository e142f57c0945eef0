package dev.responder.app.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays the chosen scenarios one after another against a {@link DemoTarget}: applies their leaks
 * first (faults that must age before their symptom shows), then each scenario in turn.
 */
final class DemoRun {

  /** The local user the demo approves as: carol holds the approver role the catalog admits. */
  static final String APPROVER = "carol";

  private final DemoTarget target;
  private final Progress progress;

  DemoRun(DemoTarget target, Progress progress) {
    this.target = target;
    this.progress = progress;
  }

  DemoSummary play(List<Scenario> scenarios) throws InterruptedException, java.io.IOException {
    Observations observations = new Observations();
    List<ScenarioResult> results = new ArrayList<>();
    SimulatorClient simulator = target.simulator();
    try (PipelineWatcher watcher =
        PipelineWatcher.start(target.endpoints().kafka(), observations)) {
      Approver approver = target.approver(APPROVER);
      long leakNanos = System.nanoTime();
      for (Scenario scenario : scenarios) {
        for (Scenario.Fault fault : scenario.leak()) {
          fault.apply(simulator);
          progress.line("leak   " + fault.meaning() + " (for " + scenario.name() + ", later)");
        }
      }
      ScenarioPlayer player =
          new ScenarioPlayer(
              target.catalog(), simulator, target.ingest(), approver, observations, progress);
      for (int i = 0; i < scenarios.size(); i++) {
        Scenario scenario = scenarios.get(i);
        progress.plain("");
        progress.line("── " + (i + 1) + "/" + scenarios.size() + " " + scenario.name() + " ──");
        results.add(player.play(scenario, leakNanos));
      }
    }
    long elapsedMs = (System.nanoTime() - progress.startNanos()) / 1_000_000;
    return DemoSummary.of(results, elapsedMs, target.catalogChanges());
  }
}
