package dev.responder.remediator.service;

import dev.responder.remediator.engine.Remediator;
import dev.responder.remediator.guard.CircuitBreaker;
import dev.responder.remediator.guard.Dependency;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;

/** The remediator's state on {@code /metrics}, read at every scrape (1 = on, 0 = off). */
final class ServiceGauges {

  private ServiceGauges() {}

  /** The switches' state, read like at every decision. */
  static void switches(MeterRegistry registry, RuntimeSwitches switches) {
    Gauge.builder("responder_remediator_kill_switch", switches, s -> s.get().killSwitch() ? 1 : 0)
        .description("1 while the kill switch stops every action")
        .strongReference(true)
        .register(registry);
    Gauge.builder("responder_remediator_dry_run", switches, s -> s.get().dryRun() ? 1 : 0)
        .description("1 while actions are recorded, not done")
        .strongReference(true)
        .register(registry);
  }

  /**
   * One gauge per dependency: 1 while its circuit is not closed. Half-open counts as open: the
   * circuit stays there until a trial call succeeds, so a dependency that keeps failing reads 1
   * steadily instead of flapping each time the open period ends.
   */
  static void circuits(MeterRegistry registry, Remediator remediator) {
    for (Dependency dependency : Dependency.values()) {
      Gauge.builder(
              "responder_remediator_circuit_open",
              remediator,
              r -> r.circuitState(dependency) == CircuitBreaker.State.CLOSED ? 0 : 1)
          .description("1 while the dependency's circuit breaker is open or half-open")
          .tag("dependency", dependency.name().toLowerCase(Locale.ROOT))
          .strongReference(true)
          .register(registry);
    }
  }
}
