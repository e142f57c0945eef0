package dev.responder.correlator.domain;

import static dev.responder.correlator.domain.IncidentFacts.isLive;
import static dev.responder.correlator.domain.IncidentFacts.member;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.avro.Silence;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what one classified, not-yet-seen alert does to its group's incident: nothing (already
 * held, silenced, inhibited, orphaned), join, resolve one of its alerts, reopen within the flap
 * window, or open a new incident. The order of the checks is the business rule; see
 * docs/correlator.md.
 */
public final class AlertLifecycle {

  private final IncidentRepository incidents;
  private final SilenceRepository silences;
  private final IncidentOpener opener;
  private final Inhibition inhibition;
  private final SeverityAssessor assessor;
  private final SeverityChange severityChange;
  private final ResponsePolicy policy;
  private final Duration flapWindow;

  /**
   * A lifecycle that numbers its incidents in memory ({@link IncidentIdSource#sequential()}).
   *
   * @param checks the check results of each incident, which severity rules on figures read
   */
  public AlertLifecycle(
      IncidentRepository incidents,
      SilenceRepository silences,
      CheckResultRepository checks,
      SeverityRules rules,
      ResponsePolicy policy,
      Duration flapWindow) {
    this(incidents, silences, checks, rules, policy, flapWindow, IncidentIdSource.sequential());
  }

  /**
   * @param ids names the incidents this lifecycle opens
   */
  public AlertLifecycle(
      IncidentRepository incidents,
      SilenceRepository silences,
      CheckResultRepository checks,
      SeverityRules rules,
      ResponsePolicy policy,
      Duration flapWindow,
      IncidentIdSource ids) {
    this.incidents = incidents;
    this.silences = silences;
    this.policy = policy;
    this.flapWindow = flapWindow;
    this.inhibition = new Inhibition(incidents);
    this.opener = new IncidentOpener(policy, inhibition, ids);
    this.assessor = new SeverityAssessor(rules, checks);
    this.severityChange = new SeverityChange(policy, assessor, inhibition);
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
    Optional<Incident> current = incidents.findByGroup(classification.groupKey());
    if (current.isPresent() && alreadyHolds(current.get(), alert)) {
      return AlertDecision.nothingChanged(
          Disposition.DUPLICATE, current.get().getIncidentId() + " already holds this alert");
    }
    if (alert.getStatus() == AlertStatus.RESOLVED) {
      return resolve(alert, current);
    }
    Optional<Silence> muting =
        SilenceMatcher.firstMuting(
            silences.candidatesFor(alert.getLabels()), alert.getLabels(), alert.getReceivedAt());
    if (muting.isPresent()) {
      return AlertDecision.nothingChanged(
          Disposition.SILENCED, "silence " + muting.get().getSilenceId());
    }
    Optional<Incident> inhibitor = inhibition.inhibitorOf(classification, current);
    if (inhibitor.isPresent()) {
      return AlertDecision.nothingChanged(
          Disposition.INHIBITED, "P1 incident " + inhibitor.get().getIncidentId() + " is open");
    }
    Journal journal = new Journal(incidents);
    if (current.isPresent() && isLive(current.get())) {
      join(current.get(), alert, classification, journal);
      return new AlertDecision(Disposition.JOINED, current.get().getIncidentId(), journal.events());
    }
    if (current.isPresent() && withinFlapWindow(current.get(), alert.getReceivedAt())) {
      reopen(current.get(), alert, classification, journal);
      return new AlertDecision(Disposition.OPENED, "reopened", journal.events());
    }
    Incident opened = opener.open(alert, classification, journal);
    return new AlertDecision(Disposition.OPENED, opened.getIncidentId(), journal.events());
  }

  private static boolean alreadyHolds(Incident incident, Alert alert) {
    // The status alone, not startsAt: the two replicas of an Alertmanager HA pair each report the
    // alert with their own startsAt, and a firing alert firing again changes nothing.
    return member(incident, alert.getFingerprint())
        .filter(held -> held.getStatus() == alert.getStatus())
        .isPresent();
  }

  private AlertDecision resolve(Alert alert, Optional<Incident> current) {
    boolean firingMember =
        current
            .flatMap(incident -> member(incident, alert.getFingerprint()))
            .filter(held -> held.getStatus() == AlertStatus.FIRING)
            .isPresent();
    if (!firingMember) {
      return AlertDecision.nothingChanged(Disposition.ORPHANED, "no incident holds it firing");
    }
    Incident incident = current.get();
    Journal journal = new Journal(incidents);
    Instant at = alert.getReceivedAt();
    Incident.Builder next = Incident.newBuilder(incident);
    next.setAlerts(
        upsert(
            next.getAlerts(),
            alert,
            member(incident, alert.getFingerprint())
                .map(IncidentAlert::getSeverity)
                .orElse(incident.getSeverity())));
    boolean lastOne = !IncidentFacts.anyFiring(next.getAlerts()) && isLive(incident);
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
      changeSeverityIfImplied(updated, alert, journal);
    }
    return new AlertDecision(Disposition.JOINED, incident.getIncidentId(), journal.events());
  }

  private void join(Incident incident, Alert alert, Classification classification, Journal j) {
    Incident.Builder next = Incident.newBuilder(incident);
    next.setAlerts(upsert(next.getAlerts(), alert, classification.severity()));
    if (incident.getStatus() == IncidentStatus.SUPPRESSED) {
      // It passed inhibition, so no P1 holds its scope any more: it is live again.
      next.setStatus(IncidentStatus.OPEN);
    }
    Incident joined =
        j.record(
            next,
            IncidentEventType.ALERT_ADDED,
            Causes.alert(alert, classification.reason()),
            alert.getReceivedAt());
    changeSeverityIfImplied(joined, alert, j);
  }

  private void reopen(Incident incident, Alert alert, Classification classification, Journal j) {
    Instant at = alert.getReceivedAt();
    Incident.Builder next =
        Incident.newBuilder(incident)
            .setStatus(IncidentStatus.OPEN)
            .setReopenCount(incident.getReopenCount() + 1)
            .setResolvedAt(null)
            .setAcknowledgedAt(null)
            .setAcknowledgedBy(null)
            .setEscalationLevel(0);
    next.setAlerts(upsert(next.getAlerts(), alert, classification.severity()));
    Severity implied = assessor.assess(next).severity();
    next.setSeverity(implied).setResponseDueAt(policy.responseDue(implied, at));
    Severity previous = implied == incident.getSeverity() ? null : incident.getSeverity();
    String detail = "fired again within the flap window of " + flapWindow;
    Incident reopened =
        j.record(next, IncidentEventType.REOPENED, Causes.alert(alert, detail), at, previous, null);
    inhibition.suppressOthersIfP1(reopened, alert, j);
  }

  private void changeSeverityIfImplied(Incident incident, Alert alert, Journal j) {
    severityChange.applyIfChanged(
        incident, detail -> Causes.alert(alert, detail), alert.getReceivedAt(), j);
  }

  private boolean withinFlapWindow(Incident resolved, Instant at) {
    return resolved.getResolvedAt() != null
        && !at.isAfter(resolved.getResolvedAt().plus(flapWindow));
  }

  static List<IncidentAlert> upsert(List<IncidentAlert> alerts, Alert alert, Severity severity) {
    IncidentAlert updated =
        IncidentAlert.newBuilder()
            .setFingerprint(alert.getFingerprint())
            .setStatus(alert.getStatus())
            .setSeverity(severity)
            .setStartsAt(alert.getStartsAt())
            .setLastSeenAt(alert.getReceivedAt())
            .setLabels(alert.getLabels())
            .build();
    List<IncidentAlert> result = new ArrayList<>();
    boolean replaced = false;
    for (IncidentAlert held : alerts) {
      boolean same = held.getFingerprint().equals(alert.getFingerprint());
      result.add(same ? updated : held);
      replaced |= same;
    }
    if (!replaced) {
      result.add(updated);
    }
    return result;
  }
}
