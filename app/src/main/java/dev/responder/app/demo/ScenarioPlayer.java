package dev.responder.app.demo;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.catalog.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Plays one scenario: breaks the platform, sends the signal, follows the incident on Kafka
 * (approving what the runbook gates on a person, as the operator would), waits for the verification
 * and for the platform to be healthy, sends the resolved signal and waits for the incident to
 * resolve. Every step it sees is one progress line.
 */
final class ScenarioPlayer {

  private static final Duration INCIDENT_WITHIN = Duration.ofSeconds(30);
  private static final Duration VERIFICATION_MARGIN = Duration.ofSeconds(60);
  private static final Duration HEALTHY_WITHIN = Duration.ofSeconds(60);
  private static final Duration RESOLVED_WITHIN = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofMillis(200);

  private final Catalog catalog;
  private final SimulatorClient simulator;
  private final IngestClient ingest;
  private final Approver approver;
  private final Observations observations;
  private final Progress progress;
  private final List<Observed> early = new ArrayList<>();
  private int cursor;

  ScenarioPlayer(
      Catalog catalog,
      SimulatorClient simulator,
      IngestClient ingest,
      Approver approver,
      Observations observations,
      Progress progress) {
    this.catalog = catalog;
    this.simulator = simulator;
    this.ingest = ingest;
    this.approver = approver;
    this.observations = observations;
    this.progress = progress;
  }

  /**
   * Plays the scenario.
   *
   * @param leakNanos {@link System#nanoTime()} when the scenario's leak was applied
   */
  ScenarioResult play(Scenario scenario, long leakNanos) throws InterruptedException {
    Runbook runbook =
        catalog
            .runbook(scenario.name())
            .orElseThrow(() -> new IllegalStateException("the catalog has no " + scenario.name()));
    early.clear();
    ScenarioTrace trace =
        new ScenarioTrace(
            scenario, runbook.actions().stream().map(Step::id).collect(Collectors.toSet()));
    try {
      awaitLeadTime(scenario, leakNanos);
      for (Scenario.Fault fault : scenario.faults()) {
        fault.apply(simulator);
        progress.line("break  " + fault.meaning());
      }
      follow(scenario, runbook, trace);
    } catch (IllegalStateException e) {
      trace.problem(e.getMessage());
      progress.line("FAILED " + e.getMessage());
    }
    return trace.result();
  }

  private void follow(Scenario scenario, Runbook runbook, ScenarioTrace trace)
      throws InterruptedException {
    Instant startsAt = Instant.now();
    trace.sent(System.nanoTime());
    ingest.send(scenario.signal(), startsAt, false);
    progress.line(
        "alert  " + scenario.signal().describe() + " -> POST " + scenario.signal().path());
    if (!pump(trace, trace::hasIncident, INCIDENT_WITHIN)) {
      fail(trace, "no incident within " + INCIDENT_WITHIN.toSeconds() + " s");
      return;
    }
    Duration verifyWithin = runbook.verification().after().plus(VERIFICATION_MARGIN);
    if (!pump(trace, trace::verified, verifyWithin)) {
      fail(trace, "no verification within " + verifyWithin.toSeconds() + " s");
      return;
    }
    if (!awaitHealthy(scenario, trace)) {
      fail(trace, "the platform was not healthy within " + HEALTHY_WITHIN.toSeconds() + " s");
      return;
    }
    progress.line("healthy " + scenario.healthy().description());
    ingest.send(scenario.signal(), startsAt, true);
    progress.line("alert  resolved -> POST " + scenario.signal().path());
    if (!pump(trace, trace::resolved, RESOLVED_WITHIN)) {
      fail(trace, "the incident did not resolve within " + RESOLVED_WITHIN.toSeconds() + " s");
    }
  }

  private void awaitLeadTime(Scenario scenario, long leakNanos) throws InterruptedException {
    Duration lead = scenario.leadTime().apply(catalog);
    long waitMillis = (leakNanos + lead.toNanos() - System.nanoTime()) / 1_000_000;
    if (scenario.leak().isEmpty() || waitMillis <= 0) {
      return;
    }
    progress.line(
        String.format(
            "wait   %.0f s more: the runbook only ends sessions idle for %ds (the local catalog's"
                + " idleFor, plus a margin)",
            waitMillis / 1e3, lead.toSeconds()));
    Thread.sleep(waitMillis);
  }

  private boolean awaitHealthy(Scenario scenario, ScenarioTrace trace) throws InterruptedException {
    long deadline = System.nanoTime() + HEALTHY_WITHIN.toNanos();
    while (!scenario.healthy().test().test(simulator.state())) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      pump(trace, () -> false, POLL);
    }
    return true;
  }

  /** Walks new observations until {@code done} holds or {@code within} has passed. */
  private boolean pump(ScenarioTrace trace, BooleanSupplier done, Duration within)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!done.getAsBoolean()) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      for (Observed observed : observations.from(cursor, min(POLL, left))) {
        cursor++;
        handle(trace, observed);
      }
    }
    return true;
  }

  private void handle(ScenarioTrace trace, Observed observed) {
    if (observed instanceof Observed.Lifecycle lifecycle) {
      IncidentEvent event = lifecycle.event();
      boolean opening = trace.opens(event);
      if (opening || trace.concerns(event.getIncidentId())) {
        trace.event(event, lifecycle.seenAtNanos());
        progress.line(StepLines.of(event));
      }
      if (opening) {
        List<Observed> before = List.copyOf(early);
        early.clear();
        before.forEach(record -> handle(trace, record));
      }
    } else if (observed instanceof Observed.Outcome seen && !trace.hasIncident()) {
      // Topics are read independently: an outcome may be read before the event that opened its
      // incident; keep it until then. (No incident yet means this scenario's has not opened.)
      early.add(seen);
    } else if (observed instanceof Observed.Outcome seen
        && trace.concerns(seen.outcome().getIncidentId())) {
      RemediationOutcome outcome = seen.outcome();
      trace.outcome(outcome, seen.seenAtNanos());
      progress.line(StepLines.of(outcome));
      if (trace.awaitsApproval(outcome)) {
        approve(trace, outcome);
      }
    }
  }

  private void approve(ScenarioTrace trace, RemediationOutcome outcome) {
    String operator = approver.user();
    String commandId;
    try {
      commandId = approver.approve(outcome.getActionKey());
    } catch (IllegalStateException e) {
      fail(trace, e.getMessage());
      return;
    }
    trace.approved(outcome.getActionKey(), operator);
    progress.line(
        "operator "
            + operator
            + " approves "
            + outcome.getStep()
            + " (the demo plays the approver: responder approve "
            + outcome.getActionKey()
            + " --as "
            + operator
            + " -> accepted, command "
            + commandId
            + ")");
  }

  private void fail(ScenarioTrace trace, String problem) {
    trace.problem(problem);
    progress.line("FAILED " + problem);
  }

  private static Duration min(Duration a, long nanos) {
    return a.toNanos() < nanos ? a : Duration.ofNanos(nanos);
  }
}
