package dev.responder.correlator.domain;

import dev.responder.correlator.domain.Membership.Written;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * Opens a new incident for a group's first firing alert: an id never given before, the response
 * deadline from the detection time (the alert's startsAt, unless {@link SenderTime} clamps it,
 * which the OPENED cause then says), the commander on call at detection, and the alert as its first
 * member.
 */
final class IncidentOpener {

  private final ResponsePolicy policy;
  private final Inhibition inhibition;
  private final Membership membership;
  private final IncidentIdSource ids;

  IncidentOpener(
      ResponsePolicy policy, Inhibition inhibition, Membership membership, IncidentIdSource ids) {
    this.policy = policy;
    this.inhibition = inhibition;
    this.membership = membership;
    this.ids = ids;
  }

  Incident open(Alert alert, Classification c, Journal journal) {
    SenderTime.Detection detection = SenderTime.detectionOf(alert);
    Instant detectedAt = detection.at();
    Instant at = alert.getReceivedAt();
    String reason = c.reason() + detection.clampReason().map(clamp -> "; " + clamp).orElse("");
    Incident.Builder next =
        Incident.newBuilder()
            .setIncidentId(ids.idFor(alert, detectedAt))
            .setRunbookId(c.runbookId())
            .setTitle(c.title())
            .setSeverity(c.severity())
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey(c.groupKey())
            .setGroupLabels(c.groupLabels())
            .setNamespace(c.namespace())
            .setService(c.service())
            .setCatalogVersion(c.catalogVersion())
            .setClassificationReason(c.reason())
            .setDetectedAt(detectedAt)
            .setResponseDueAt(policy.responseDue(c.severity(), detectedAt))
            .setUpdatedAt(at);
    Written first = membership.put(next, alert, c.severity(), null);
    journal.concerning(next.getIncidentId(), first.member());
    // The commander is part of opening: the OPENED header already names them, so the first
    // notifications planned from it say who leads; COMMANDER_ASSIGNED records the assignment.
    Optional<String> commander = policy.commanderAt(detectedAt);
    commander.ifPresent(next::setCommander);
    Incident opened =
        journal.record(next, IncidentEventType.OPENED, Causes.alert(alert, reason), at);
    if (commander.isPresent()) {
      opened =
          journal.record(
              Incident.newBuilder(opened),
              IncidentEventType.COMMANDER_ASSIGNED,
              Causes.alert(alert, "on call at " + detectedAt),
              at);
    }
    inhibition.suppressOthersIfSource(opened, alert, journal);
    return opened;
  }
}
