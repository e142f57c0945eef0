package dev.responder.app.demo;

import dev.responder.sandbox.crm.PlatformSnapshot;
import dev.responder.schemas.catalog.Catalog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One of the runbook's incidents, played end to end: what breaks on the platform, the signal that
 * reports it, when the platform counts as healthy again, and which actions the runbook must have
 * taken for the scenario to count as resolved.
 *
 * @param name the scenario's name, the id of the runbook it plays
 * @param leak faults that must have been in place for a while before the symptom shows; applied
 *     when the demo starts
 * @param leadTime how long after the leak the signal may fire, from the catalog being played
 * @param faults what breaks when the scenario starts
 * @param signal what Alertmanager or the CRM sends
 * @param healthy when the simulator counts as healthy again, which is when the resolved signal goes
 * @param expected the actions that must have succeeded
 */
record Scenario(
    String name,
    List<Fault> leak,
    Function<Catalog, Duration> leadTime,
    List<Fault> faults,
    Signal signal,
    Health healthy,
    List<ExpectedAction> expected) {

  Scenario {
    leak = List.copyOf(leak);
    faults = List.copyOf(faults);
    expected = List.copyOf(expected);
  }

  /** A scenario whose faults all happen when it starts. */
  static Scenario withoutLeak(
      String name,
      List<Fault> faults,
      Signal signal,
      Health healthy,
      List<ExpectedAction> expected) {
    return new Scenario(
        name, List.of(), catalog -> Duration.ZERO, faults, signal, healthy, expected);
  }

  /**
   * One fault hook of the simulator, with what it means on the platform.
   *
   * @param hook the simulator's fault, e.g. {@code flood-queue}
   * @param parameters its query parameters, e.g. {@code count=250}
   * @param meaning what it does, for the progress line
   */
  record Fault(String hook, Map<String, String> parameters, String meaning) {

    Fault {
      parameters = Map.copyOf(parameters);
    }

    void apply(SimulatorClient simulator) {
      simulator.fault(hook, parameters);
    }
  }

  /** A condition on the platform's state, and how the progress says it. */
  record Health(String description, Predicate<PlatformSnapshot> test) {}

  /**
   * An action the runbook must take in this scenario, matched on operation and target.
   *
   * @param target the last part of the outcome's target, e.g. {@code crm-worker}
   */
  record ExpectedAction(String operation, String target) {

    @Override
    public String toString() {
      return operation + " " + target;
    }
  }
}
