package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.Plan;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ActionMachine;
import dev.responder.remediator.ledger.ClaimFacts;
import dev.responder.remediator.ledger.ClaimRequest;
import dev.responder.remediator.ledger.ClaimResult;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.remediator.notify.Window;
import dev.responder.remediator.notify.WindowKey;
import dev.responder.remediator.port.Observation;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Performs actions and notifications at most once: weigh the guardrails and claim the action key
 * (INTENT) in one ledger transaction, act, then record APPLIED or FAILED together with the outcome.
 * A notification with an aggregation window is claimed through its storm window: the first of a
 * window goes out, the followers are folded (AGGREGATED) into the window's digest.
 */
final class SideEffects {

  /** The notify parameter that sets a step's storm window (the catalog fills in its default). */
  static final String AGGREGATE_WINDOW = "aggregateWindow";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final Ledger ledger;
  private final Acting acting;
  private final EngineSettings settings;
  private final Guardrails guardrails;
  private final Handoff handoff;
  private final Clock clock;

  SideEffects(
      Ledger ledger,
      Acting acting,
      EngineSettings settings,
      Guardrails guardrails,
      Handoff handoff,
      Clock clock) {
    this.ledger = ledger;
    this.acting = acting;
    this.settings = settings;
    this.guardrails = guardrails;
    this.handoff = handoff;
    this.clock = clock;
  }

  /** Weighs and, when every guardrail allows, performs the step; true when it took effect. */
  boolean perform(Plan plan, PlannedStep planned, boolean approved) {
    PlannedStep step = ReplicaCeiling.apply(planned, plan.limits());
    Prepared claim = prepare(plan, step, approved);
    Optional<Duration> window = aggregateWindow(step);
    ClaimResult result =
        window.isPresent()
            ? ledger.claimNotification(
                claim.request(),
                windowKey(plan, step),
                window.get(),
                claim.gate(),
                claim.messages())
            : ledger.claim(claim.request(), claim.gate(), claim.messages());
    return afterClaim(plan, step, claim.request().key(), result);
  }

  /**
   * Claims and sends the digest of storm window {@code windowId} as the notification {@code
   * digest}; the window is marked in the claim's transaction, so the digest is decided once.
   */
  void performDigest(Plan plan, PlannedStep digest, long windowId) {
    Prepared claim = prepare(plan, digest, false);
    ClaimResult result =
        ledger.claimDigest(claim.request(), windowId, claim.gate(), claim.messages());
    if (result.kind() == ClaimResult.Kind.CLAIMED) {
      acting.act(new Claimed(plan.context(), digest, claim.request().key(), result.attempt()));
    }
  }

  /** A claim ready for the ledger: the request, the guardrails' gate, the outcome for each end. */
  private record Prepared(
      ClaimRequest request,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messages) {}

  private Prepared prepare(Plan plan, PlannedStep step, boolean approved) {
    ActionKey key = ActionKey.of(plan, step);
    Instant now = clock.instant();
    ClaimRequest request =
        new ClaimRequest(
            key,
            step,
            plan.context(),
            approved,
            now,
            settings.approvalTtl(),
            settings.budget().window());
    return new Prepared(
        request,
        facts -> guardrails.firstAttempt(plan, step, facts, approved, now),
        result -> messagesFor(plan.context(), step, key, result, now));
  }

  /** The step's storm window, when it is a notification that aggregates. */
  private static Optional<Duration> aggregateWindow(PlannedStep step) {
    if (step.kind() != StepKind.NOTIFICATION
        || !(step.params().values().get(AGGREGATE_WINDOW) instanceof Duration window)
        || window.isZero()) {
      return Optional.empty();
    }
    return Optional.of(window);
  }

  private static WindowKey windowKey(Plan plan, PlannedStep step) {
    return new WindowKey(
        step.id(), step.params().text("to"), plan.runbookId(), plan.context().briefing().scope());
  }

  private boolean afterClaim(Plan plan, PlannedStep step, ActionKey key, ClaimResult claim) {
    if (claim.kind() == ClaimResult.Kind.CLAIMED) {
      return acting.act(new Claimed(plan.context(), step, key, claim.attempt()));
    }
    if (claim.kind() == ClaimResult.Kind.BLOCKED
        && ActionMachine.weigh(claim.verdict(), false, "").effect()
            == ActionMachine.Effect.HAND_TO_PERSON) {
      handoff.toPerson(
          plan.context(), step, key, Dependency.of(step.operation()) + " circuit is open");
    }
    return false;
  }

  private List<Outbound> messagesFor(
      PlanContext context, PlannedStep step, ActionKey key, ClaimResult result, Instant now) {
    return switch (result.kind()) {
      case CLAIMED -> List.of();
      case HELD ->
          skipped(
              context,
              step,
              key,
              OutcomeReason.ALREADY_APPLIED,
              "already " + result.heldState().name().toLowerCase() + " for this incident",
              result,
              now);
      case AGGREGATED ->
          skipped(
              context,
              step,
              key,
              OutcomeReason.AGGREGATED,
              folded(result.window().orElseThrow(), step, context),
              result,
              now);
      case BLOCKED -> {
        ActionMachine.Report said =
            ActionMachine.weigh(result.verdict(), false, guardrails.explain(result.verdict(), step))
                .report()
                .orElseThrow();
        yield List.of(
            report(
                context,
                step,
                key,
                said.status(),
                said.reason(),
                said.message(),
                result.attempt(),
                now,
                result.verdict() == Verdict.APPROVAL_REQUIRED ? "approval" : "result"));
      }
    };
  }

  private static List<Outbound> skipped(
      PlanContext context,
      PlannedStep step,
      ActionKey key,
      OutcomeReason reason,
      String message,
      ClaimResult result,
      Instant now) {
    return List.of(
        report(
            context,
            step,
            key,
            OutcomeStatus.SKIPPED,
            reason,
            message,
            result.attempt(),
            now,
            "result"));
  }

  private static String folded(Window window, PlannedStep step, PlanContext context) {
    return "not sent on its own: follower %d of the storm window opened at %s for %s in scope %s"
            .formatted(
                window.folded(),
                TIME.format(window.openedAt()),
                step.params().text("to"),
                context.briefing().scope())
        + "; counted in the window's digest, due at "
        + TIME.format(window.endsAt());
  }

  private static Outbound report(
      PlanContext context,
      PlannedStep step,
      ActionKey key,
      OutcomeStatus status,
      OutcomeReason reason,
      String message,
      int attempt,
      Instant now,
      String phase) {
    return Outcomes.outbound(
        new StepReport(
            context,
            step,
            key,
            Outcomes.kind(step.kind()),
            status,
            reason,
            message,
            Observation.empty(),
            attempt,
            now,
            now,
            phase));
  }

  /** Emits SKIPPED/CONDITION_NOT_MET for an action whose conditions do not hold. */
  void notNeeded(Plan plan, PlannedStep step) {
    Instant now = clock.instant();
    String why = "conditions not met: " + step.when();
    ledger.emit(
        List.of(
            report(
                plan.context(),
                step,
                ActionKey.of(plan, step),
                OutcomeStatus.SKIPPED,
                OutcomeReason.CONDITION_NOT_MET,
                why,
                1,
                now,
                "result")),
        now);
  }
}
