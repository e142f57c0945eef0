package dev.responder.app.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * Plays the chosen scenarios one after another against a {@link DemoTarget}: applies their leaks
 * first (faults that must age before their symptom shows), then each scenario in turn.
 */
final class DemoRun {

  private final DemoTarget target;
  private final Progress progress;

  DemoRun(DemoTarget target, Progress progress) {
    this.target = target;
    this.progress = progress;
  }

  DemoSummary play(List<Scenario> scenarios) throws InterruptedException {
    Observations observations = new Observations();
    List<ScenarioResult> results = new ArrayList<>();
    SimulatorClient simulator = target.simulator();
    try (PipelineWatcher watcher = PipelineWatcher.start(target.endpoints().kafka(), observations);
        Approver approver = new Approver(target.endpoints().kafka())) {
      for (Scenario scenario : scenarios) {
        for (Scenario.Fault fault : scenario.leak()) {
          fault.apply(simulator);
          progress.line("leak   " + fault.meaning() + " (for " + scenario.name() + ", later)");
        }
      }
      // Timed from when every leak is in place: opening 30 sessions took 5 s on a loaded machine,
      // and the ones opened last are only idle for the catalog's idleFor from then on.
      long leakNanos = System.nanoTime();
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
