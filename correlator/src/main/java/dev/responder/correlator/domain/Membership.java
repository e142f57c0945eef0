package dev.responder.correlator.domain;

import dev.responder.correlator.domain.SeverityAssessor.Assessment;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.Severity;
import java.util.Map;

/**
 * Writes one alert as a member of its incident: the member's own record (with the severity it
 * implies given the incident's check figures) and the header's counts. Reads and writes that one
 * member only, so the 100,000th alert of a group costs what the first did.
 */
final class Membership {

  private final MemberRepository members;
  private final SeverityAssessor assessor;

  Membership(MemberRepository members, SeverityAssessor assessor) {
    this.members = members;
    this.assessor = assessor;
  }

  /** The member as written, and what it implies. */
  record Written(IncidentAlert member, Assessment assessment) {}

  /**
   * Puts the alert as a member of the incident {@code header} describes and moves the header's
   * counts.
   *
   * @param held the member this alert replaces (same fingerprint), or null for a new member
   * @param severity the severity the alert alone implies (its classification's)
   */
  Written put(Incident.Builder header, Alert alert, Severity severity, IncidentAlert held) {
    IncidentAlert unassessed =
        IncidentAlert.newBuilder()
            .setFingerprint(alert.getFingerprint())
            .setStatus(alert.getStatus())
            .setSeverity(severity)
            .setStartsAt(alert.getStartsAt())
            .setLastSeenAt(alert.getReceivedAt())
            .setLabels(alert.getLabels())
            .build();
    Map<String, Map<String, Double>> figures = assessor.figuresOf(header.getIncidentId());
    Assessment assessment = assessor.assess(header.getRunbookId(), unassessed, figures);
    IncidentAlert member =
        IncidentAlert.newBuilder(unassessed).setAssessedSeverity(assessment.severity()).build();
    write(header, held, member);
    return new Written(member, assessment);
  }

  /** Stores {@code member} in place of {@code held} and moves the header's counts. */
  void write(Incident.Builder header, IncidentAlert held, IncidentAlert member) {
    members.putMember(header.getIncidentId(), member);
    MemberCounts.replace(header, held, member);
  }
}
