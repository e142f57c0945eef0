package dev.responder.correlator.domain;

import static dev.responder.correlator.domain.IncidentFacts.isLive;

import dev.responder.correlator.domain.Membership.Written;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.avro.Silence;
import dev.responder.schemas.catalog.operation.Durations;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decides what one classified, not-yet-seen alert does to its group's incident: nothing (already
 * held, silenced, inhibited, orphaned), join, resolve one of its alerts, reopen within the flap
 * window, or open a new incident. The order of the checks is the business rule; see
 * docs/correlator.md. Each decision reads the group's header, this alert's own member and one
 * inhibition count per rule, whatever the size of the group or the scope.
 */
public final class AlertLifecycle {

  private final TaskState state;
  private final IncidentOpener opener;
  private final Inhibition inhibition;
  private final Membership membership;
  private final SeverityChange severityChange;
  private final ResponsePolicy policy;
  private final Duration flapWindow;

  /**
   * A lifecycle that numbers its incidents in memory ({@link IncidentIdSource#sequential()}).
   *
   * @param state the task's incidents, members, silences, check results (which severity rules on
   *     figures read) and inhibition summaries
   */
  public AlertLifecycle(
      TaskState state,
      SeverityRules rules,
      InhibitRules inhibitRules,
      ResponsePolicy policy,
      Duration flapWindow) {
    this(state, rules, inhibitRules, policy, flapWindow, IncidentIdSource.sequential());
  }

  /**
   * @param state the task's incidents, members, silences, check results (which severity rules on
   *     figures read) and inhibition summaries
   * @param ids names the incidents this lifecycle opens
   */
  public AlertLifecycle(
      TaskState state,
      SeverityRules rules,
      InhibitRules inhibitRules,
      ResponsePolicy policy,
      Duration flapWindow,
      IncidentIdSource ids) {
    this.state = state;
    this.policy = policy;
    this.flapWindow = flapWindow;
    this.inhibition = new Inhibition(state, state, inhibitRules);
    this.membership = new Membership(state, new SeverityAssessor(rules, state));
    this.opener = new IncidentOpener(policy, inhibition, membership, ids);
    this.severityChange = new SeverityChange(policy, inhibition);
  }

  /**
   * The decision for this alert, already applied to the repository. An alert that opens or joins an
   * unclassified incident is recorded as {@link Disposition#UNCLASSIFIED}, so the traffic no
   * runbook covers is counted apart.
   */
  public AlertDecision onAlert(Alert alert, Classification classification) {
    AlertDecision decision = decide(alert, classification);
    boolean reachedIncident =
        decision.disposition() == Disposition.OPENED
            || decision.disposition() == Disposition.JOINED;
    if (classification.unclassified() && reachedIncident) {
      return new AlertDecision(Disposition.UNCLASSIFIED, decision.detail(), decision.events());
    }
    return decision;
  }

  private AlertDecision decide(Alert alert, Classification classification) {
    Optional<Incident> current = state.findByGroup(classification.groupKey());
    Optional<IncidentAlert> held =
        current.flatMap(incident -> state.member(incident.getIncidentId(), alert.getFingerprint()));
    if (held.isPresent() && sameIdentity(held.get(), alert)) {
      return AlertDecision.nothingChanged(
          Disposition.DUPLICATE, current.get().getIncidentId() + " already holds this alert");
    }
    if (alert.getStatus() == AlertStatus.RESOLVED) {
      return resolve(alert, current, held);
    }
    Optional<Silence> muting =
        SilenceMatcher.firstMuting(
            state.candidatesFor(alert.getLabels()), alert.getLabels(), alert.getReceivedAt());
    if (muting.isPresent()) {
      return AlertDecision.nothingChanged(
          Disposition.SILENCED, "silence " + muting.get().getSilenceId());
    }
    Optional<String> inhibitor = inhibition.inhibitorOf(alert, classification, current);
    if (inhibitor.isPresent()) {
      return AlertDecision.nothingChanged(Disposition.INHIBITED, inhibitor.get());
    }
    Journal journal = new Journal(state);
    if (current.isPresent() && isLive(current.get())) {
      join(current.get(), held.orElse(null), alert, classification, journal);
      return new AlertDecision(Disposition.JOINED, current.get().getIncidentId(), journal.events());
    }
    if (current.isPresent() && withinFlapWindow(current.get(), alert.getReceivedAt())) {
      reopen(current.get(), held.orElse(null), alert, classification, journal);
      return new AlertDecision(Disposition.OPENED, "reopened", journal.events());
    }
    Incident opened = opener.open(alert, classification, journal);
    return new AlertDecision(Disposition.OPENED, opened.getIncidentId(), journal.events());
  }

  private static boolean sameIdentity(IncidentAlert held, Alert alert) {
    // The status alone, not startsAt: the two replicas of an Alertmanager HA pair each report the
    // alert with their own startsAt, and a firing alert firing again changes nothing.
    return held.getStatus() == alert.getStatus();
  }

  private AlertDecision resolve(
      Alert alert, Optional<Incident> current, Optional<IncidentAlert> held) {
    if (held.isEmpty() || held.get().getStatus() != AlertStatus.FIRING) {
      return AlertDecision.nothingChanged(Disposition.ORPHANED, "no incident holds it firing");
    }
    Incident incident = current.get();
    Instant at = alert.getReceivedAt();
    Incident.Builder next = Incident.newBuilder(incident);
    Written written = membership.put(next, alert, held.get().getSeverity(), held.get());
    Journal journal = new Journal(state).concerning(incident.getIncidentId(), written.member());
    boolean lastOne = next.getFiringCount() == 0 && isLive(incident);
    Incident updated =
        journal.record(
            next, IncidentEventType.ALERT_RESOLVED, Causes.alert(alert, "alert resolved"), at);
    if (lastOne) {
      journal.record(
          Incident.newBuilder(updated).setStatus(IncidentStatus.RESOLVED).setResolvedAt(at),
          IncidentEventType.RESOLVED,
          Causes.alert(alert, "all its alerts resolved"),
          at);
    } else if (isLive(updated)) {
      severityChange.applyIfChanged(
          updated, Optional.empty(), detail -> Causes.alert(alert, detail), at, journal);
    }
    return new AlertDecision(Disposition.JOINED, incident.getIncidentId(), journal.events());
  }

  private void join(
      Incident incident, IncidentAlert held, Alert alert, Classification c, Journal j) {
    Incident.Builder next = Incident.newBuilder(incident);
    Written written = membership.put(next, alert, c.severity(), held);
    j.concerning(incident.getIncidentId(), written.member());
    if (incident.getStatus() == IncidentStatus.SUPPRESSED) {
      // It passed inhibition, so no source holds it muted any more: it is live again.
      next.setStatus(IncidentStatus.OPEN);
    }
    Incident joined =
        j.record(
            next,
            IncidentEventType.ALERT_ADDED,
            Causes.alert(alert, c.reason()),
            alert.getReceivedAt());
    severityChange.applyIfChanged(
        joined,
        Optional.of(written.assessment()),
        detail -> Causes.alert(alert, detail),
        alert.getReceivedAt(),
        j);
  }

  private void reopen(
      Incident incident, IncidentAlert held, Alert alert, Classification c, Journal j) {
    Instant at = alert.getReceivedAt();
    Incident.Builder next =
        Incident.newBuilder(incident)
            .setStatus(IncidentStatus.OPEN)
            .setReopenCount(incident.getReopenCount() + 1)
            .setResolvedAt(null)
            .setAcknowledgedAt(null)
            .setAcknowledgedBy(null)
            .setEscalationLevel(0);
    Written written = membership.put(next, alert, c.severity(), held);
    j.concerning(incident.getIncidentId(), written.member());
    Severity implied = SeverityAssessor.implied(next).severity();
    next.setSeverity(implied).setResponseDueAt(policy.responseDue(implied, at));
    Severity previous = implied == incident.getSeverity() ? null : incident.getSeverity();
    String detail = recurrence(incident, at);
    Incident reopened =
        j.record(next, IncidentEventType.REOPENED, Causes.alert(alert, detail), at, previous, null);
    inhibition.suppressOthersIfSource(reopened, alert, j);
  }

  private boolean withinFlapWindow(Incident resolved, Instant at) {
    return resolved.getResolvedAt() != null
        && !at.isAfter(resolved.getResolvedAt().plus(watch(resolved)));
  }

  /** The runbook's watch for recurrence when the catalog gives one, else the flap window. */
  private Duration watch(Incident incident) {
    return policy.recurrenceWatch(incident.getRunbookId()).orElse(flapWindow);
  }

  /** Why the incident reopened, saying it is a recurrence and how soon after resolution. */
  private String recurrence(Incident resolved, Instant at) {
    Duration after = Duration.between(resolved.getResolvedAt(), at);
    return policy
        .recurrenceWatch(resolved.getRunbookId())
        .map(
            watch ->
                "recurrence: fired again "
                    + Durations.format(after)
                    + " after it was resolved, within its "
                    + Durations.format(watch)
                    + " watch for recurrence")
        .orElse("fired again within the flap window of " + flapWindow);
  }
}
