package dev.responder.remediator.engine;

import dev.responder.planning.Findings;
import dev.responder.planning.Plan;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlanTriggers;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.Planner;
import dev.responder.remediator.guard.CircuitBreaker;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentEvent;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runbook executor. For an incident event that asks for it, it plans the runbook, runs the
 * checks, tells people, weighs and performs the actions whose conditions hold, and schedules the
 * verification; an event too old to act on goes to a person instead. Commands answer approvals;
 * {@link #tick()} expires approvals, runs due verifications and sends due storm digests; {@link
 * #reconcile()} resolves what a crash left in INTENT. Single-threaded.
 */
public final class Remediator implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(Remediator.class);

  private final Planner planner;
  private final Ledger ledger;
  private final GuardedCalls calls;
  private final Checks checks;
  private final SideEffects sideEffects;
  private final Acting acting;
  private final Guardrails guardrails;
  private final Clock clock;
  private final Verifier verifier;
  private final Approvals approvals;
  private final StaleEvents staleEvents;
  private final Digests digests;

  public Remediator(
      Planner planner,
      Ledger ledger,
      Systems systems,
      EngineSettings settings,
      Clock clock,
      Sleeper sleeper,
      FailurePoint failurePoint) {
    this.planner = planner;
    this.ledger = ledger;
    this.clock = clock;
    this.calls = new GuardedCalls(settings.calls(), clock, sleeper);
    StepRunner runner = new StepRunner(systems, clock);
    Handoff handoff =
        new Handoff(systems.notifier(), calls, ledger, settings.handoffChannel(), clock);
    this.checks = new Checks(ledger, runner, calls, clock);
    this.acting = new Acting(ledger, runner, calls, handoff, failurePoint, clock);
    this.guardrails = new Guardrails(settings, calls);
    this.sideEffects = new SideEffects(ledger, acting, settings, guardrails, handoff, clock);
    this.verifier = new Verifier(ledger, checks, clock);
    this.approvals = new Approvals(ledger, clock);
    this.staleEvents = new StaleEvents(ledger, handoff, settings.maxEventAge(), clock);
    this.digests = new Digests(ledger, planner, sideEffects, clock);
  }

  /**
   * Plans and runs the incident's runbook when the event is one that asks for it and is not older
   * than the maximum age (an older one is recorded as not acted on and handed to a person, unless
   * its runbook had already started when it was fresh).
   */
  public void onIncidentEvent(IncidentEvent event) {
    if (!PlanTriggers.plansOn(event.getType())) {
      LOGGER.debug("Incident event {} ({}) plans nothing", event.getEventId(), event.getType());
      return;
    }
    PlanContext context = IncidentContexts.of(event);
    if (staleEvents.isStale(event.getOccurredAt())) {
      Optional<Plan> plan = planner.plan(context);
      if (plan.isEmpty()) {
        return;
      }
      if (!staleEvents.alreadyStarted(plan.get())) {
        staleEvents.skip(plan.get(), event.getOccurredAt());
        return;
      }
      LOGGER.info(
          "Incident event {} is over the maximum age but its runbook had started: finishing it"
              + " from the ledger",
          event.getEventId());
    }
    run(context);
  }

  /** Runs the plan for {@code context}: checks, notifications, actions, verification. */
  public void run(PlanContext context) {
    Optional<Plan> planned = planner.plan(context);
    if (planned.isEmpty()) {
      LOGGER.info("No plan for {} (runbook {})", context.incidentId(), context.runbookId());
      return;
    }
    Plan plan = planned.get();
    Findings findings = new Findings();
    plan.checks().forEach(check -> checks.run(plan, check, findings, "result"));
    plan.notifications().forEach(notification -> sideEffects.perform(plan, notification, false));
    boolean applied = false;
    for (PlannedStep action : plan.actions()) {
      if (action.shouldRun(findings)) {
        applied |= sideEffects.perform(plan, action, false);
      } else {
        sideEffects.notNeeded(plan, action);
      }
    }
    if (applied) {
      verifier.schedule(plan);
    }
  }

  /** APPROVE runs the waiting action (guardrails asked again); REJECT records the refusal. */
  public void onCommand(Command command) {
    approvals.answer(command).ifPresent(this::runApproved);
  }

  private void runApproved(LedgerEntry entry) {
    planner
        .plan(entry.context())
        .ifPresent(
            plan -> {
              PlannedStep step = plan.sideEffect(entry.step().id()).orElse(entry.step());
              if (sideEffects.perform(plan, step, true)) {
                verifier.schedule(plan);
              }
            });
  }

  /**
   * Expires unanswered approvals, runs the verifications that are due and sends the digests of
   * storm windows that have ended.
   */
  public void tick() {
    approvals.expire();
    for (PlanContext due : ledger.dueVerifications(approvals.now())) {
      planner.plan(due).ifPresent(verifier::verify);
    }
    digests.sendDue();
  }

  /** Resolves every INTENT row left by a crash; returns how many were found. */
  public int reconcile() {
    var intents = ledger.inState(LedgerState.INTENT);
    for (LedgerEntry entry : intents) {
      Optional<Plan> current = planner.plan(entry.context());
      boolean applied =
          acting.reconcile(entry, () -> guardrails.reconcile(current, entry, clock.instant()));
      if (applied) {
        current.ifPresent(verifier::schedule);
      }
    }
    return intents.size();
  }

  /**
   * The circuit state of {@code dependency} now. Unlike the rest of this class it may be called
   * from any thread (a metrics scrape): the breakers are guarded by their own lock.
   */
  public CircuitBreaker.State circuitState(Dependency dependency) {
    return calls.state(dependency);
  }

  @Override
  public void close() {
    calls.close();
  }
}
