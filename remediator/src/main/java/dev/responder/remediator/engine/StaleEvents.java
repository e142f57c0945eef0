package dev.responder.remediator.engine;

import dev.responder.planning.ActionKey;
import dev.responder.planning.Plan;
import dev.responder.planning.PlannedStep;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.remediator.port.Observation;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An incident event older than the maximum age (a new consumer group reading from the start, a
 * fresh ledger, hours of lag) is not acted on: its incident may long be resolved. Nothing is
 * checked, changed or announced; each of its runbook's notifications and actions is recorded
 * SKIPPED / NOT_ACTIONABLE, and a person is told, who decides.
 */
final class StaleEvents {

  private static final Logger LOGGER = LoggerFactory.getLogger(StaleEvents.class);

  private final Ledger ledger;
  private final Handoff handoff;
  private final Duration maxAge;
  private final Clock clock;

  StaleEvents(Ledger ledger, Handoff handoff, Duration maxAge, Clock clock) {
    this.ledger = ledger;
    this.handoff = handoff;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Whether an event that occurred at {@code occurredAt} is too old to act on now. */
  boolean isStale(Instant occurredAt) {
    return age(occurredAt).compareTo(maxAge) > 0;
  }

  /**
   * Whether any notification or action of {@code plan} is already in the ledger: the event was
   * being handled while it was fresh and comes back now (a retry after an outage, a restart before
   * the offset commit). Its steps then follow the ledger like any redelivery, which neither repeats
   * a side effect nor misreports one already taken as skipped.
   */
  boolean alreadyStarted(Plan plan) {
    return Stream.concat(plan.notifications().stream(), plan.actions().stream())
        .anyMatch(step -> ledger.find(ActionKey.of(plan, step)).isPresent());
  }

  /** Records every side effect of {@code plan} as not acted on, and hands the incident over. */
  void skip(Plan plan, Instant occurredAt) {
    Duration age = age(occurredAt);
    List<PlannedStep> skipped =
        Stream.concat(plan.notifications().stream(), plan.actions().stream()).toList();
    String why =
        "its event of %s is %s old, over the %s maximum (RESPONDER_REMEDIATOR_MAX_EVENT_AGE):"
                .formatted(occurredAt, age, maxAge)
            + " nothing was checked, changed or announced; decide whether it still needs "
            + skipped.stream().map(PlannedStep::id).toList();
    LOGGER.warn("Not acting on incident {}: {}", plan.incidentId(), why);
    Instant now = clock.instant();
    Observation figures =
        Observation.of(
            Map.of(
                "ageSeconds",
                (double) age.toSeconds(),
                "maxAgeSeconds",
                (double) maxAge.toSeconds()),
            List.of());
    List<Outbound> outcomes =
        skipped.stream()
            .map(
                step ->
                    Outcomes.outbound(
                        new StepReport(
                            plan.context(),
                            step,
                            ActionKey.of(plan, step),
                            Outcomes.kind(step.kind()),
                            OutcomeStatus.SKIPPED,
                            OutcomeReason.NOT_ACTIONABLE,
                            "not acted on: the incident event is " + age + " old",
                            figures,
                            1,
                            now,
                            now,
                            "result")))
            .toList();
    ledger.emit(outcomes, now);
    if (!skipped.isEmpty()) {
      PlannedStep first = skipped.get(0);
      handoff.toPerson(plan.context(), first, ActionKey.of(plan, first), why);
    }
  }

  private Duration age(Instant occurredAt) {
    return Duration.between(occurredAt, clock.instant());
  }
}
