package dev.responder.remediator.engine;

import dev.responder.planning.Plan;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.Planner;
import dev.responder.planning.StepKind;
import dev.responder.planning.StepParams;
import dev.responder.remediator.ledger.DueDigest;
import dev.responder.remediator.ledger.Ledger;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the digests of storm windows that have ended: each one a notification from the step that
 * opened the window, to the same contact (and status-page component), claimed like any side effect
 * under a key of its own ({@code <step>.digest.<window>}) for the incident that opened the window.
 */
final class Digests {

  private static final Logger LOGGER = LoggerFactory.getLogger(Digests.class);

  private final Ledger ledger;
  private final Planner planner;
  private final SideEffects sideEffects;
  private final Clock clock;

  Digests(Ledger ledger, Planner planner, SideEffects sideEffects, Clock clock) {
    this.ledger = ledger;
    this.planner = planner;
    this.sideEffects = sideEffects;
    this.clock = clock;
  }

  /** Sends every digest due now. */
  void sendDue() {
    for (DueDigest due : ledger.dueDigests(clock.instant())) {
      Optional<Plan> plan = planner.plan(due.leader().context());
      if (plan.isEmpty()) {
        LOGGER.warn(
            "The digest of storm window {} waits: runbook {} is not in the catalog",
            due.windowId(),
            due.leader().context().runbookId());
        continue;
      }
      sideEffects.performDigest(plan.get(), step(due), due.windowId());
    }
  }

  /** The digest as a notify step: the opening step's contact and component, the digest's text. */
  static PlannedStep step(DueDigest due) {
    PlannedStep opening = due.leader().step();
    Map<String, Object> params = new HashMap<>();
    params.put("to", opening.params().text("to"));
    params.put("message", due.digest().text());
    opening.params().optionalText("component").ifPresent(c -> params.put("component", c));
    return new PlannedStep(
        opening.id() + ".digest." + due.windowId(),
        StepKind.NOTIFICATION,
        opening.operation(),
        StepParams.of(params),
        List.of());
  }
}
