package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.Findings;
import dev.responder.planning.Plan;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.planning.StepParams;
import dev.responder.remediator.ledger.ActionMachine;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.remediator.port.Observation;
import dev.responder.schemas.avro.OutcomeKind;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Verifies after the runbook's delay: re-runs the checks the verification names and compares. Not
 * fixed means an outcome saying so, on which the correlator escalates; the remediator writes no
 * commands (only people do, through the operator API).
 */
final class Verifier {

  static final String STEP_ID = "verify";

  private final Ledger ledger;
  private final Checks checks;
  private final Clock clock;

  Verifier(Ledger ledger, Checks checks, Clock clock) {
    this.ledger = ledger;
    this.checks = checks;
    this.clock = clock;
  }

  void schedule(Plan plan) {
    if (!plan.verification().fixedWhen().isEmpty()) {
      ledger.scheduleVerification(
          plan.context(), clock.instant().plus(plan.verification().after()));
    }
  }

  void verify(Plan plan) {
    Instant started = clock.instant();
    Findings findings = new Findings();
    Map<String, Double> figures = new LinkedHashMap<>();
    for (String checkId : plan.verification().checkIds()) {
      plan.check(checkId).ifPresent(check -> checks.run(plan, check, findings, "verification"));
      findings.of(checkId).forEach((figure, value) -> figures.put(checkId + "." + figure, value));
    }
    boolean fixed = plan.verification().isFixed(findings);
    PlanContext context = plan.context();
    ActionKey key =
        new ActionKey(
            context.incidentId(), context.runbookId(), STEP_ID, "incident/" + context.incidentId());
    PlannedStep step =
        new PlannedStep(
            STEP_ID, StepKind.CHECK, "verification", StepParams.of(Map.of()), List.of());
    ActionMachine.Step verified =
        ActionMachine.verified(fixed, plan.verification().fixedWhen().toString());
    ActionMachine.Report said = verified.report().orElseThrow();
    Outbound outcome =
        Outcomes.outbound(
            new StepReport(
                context,
                step,
                key,
                OutcomeKind.VERIFICATION,
                said.status(),
                said.reason(),
                said.message(),
                Observation.figures(figures),
                1,
                started,
                clock.instant(),
                "verification"));
    ledger.completeVerification(
        context.causeEventId(), verified.next().orElseThrow(), clock.instant(), List.of(outcome));
  }
}
