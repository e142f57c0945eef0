package dev.responder.correlator.domain;

import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.Severity;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header's counts of its members (how many, how many fire, firing ones by the severity each
 * implies), moved by one member's change at a time: what lets the header stand in for its members.
 */
final class MemberCounts {

  private MemberCounts() {}

  /** The severity a member implies now: its assessment, or its classification's before any. */
  static Severity implied(IncidentAlert member) {
    return member.getAssessedSeverity() != null
        ? member.getAssessedSeverity()
        : member.getSeverity();
  }

  /** Moves the counts from {@code before} (null: a new member) to {@code after}. */
  static void replace(Incident.Builder header, IncidentAlert before, IncidentAlert after) {
    Map<String, Integer> bySeverity = new HashMap<>(firingBySeverity(header));
    if (before == null) {
      header.setMemberCount(header.getMemberCount() + 1);
    } else if (before.getStatus() == AlertStatus.FIRING) {
      header.setFiringCount(header.getFiringCount() - 1);
      bySeverity.merge(implied(before).name(), -1, Integer::sum);
    }
    if (after.getStatus() == AlertStatus.FIRING) {
      header.setFiringCount(header.getFiringCount() + 1);
      bySeverity.merge(implied(after).name(), 1, Integer::sum);
    }
    bySeverity.values().removeIf(count -> count <= 0);
    header.setFiringBySeverity(bySeverity);
  }

  /** The most severe severity a firing member implies, if any fires. */
  static Optional<Severity> mostSevereFiring(Incident.Builder header) {
    for (Severity severity : Severity.values()) {
      if (firingBySeverity(header).getOrDefault(severity.name(), 0) > 0) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  /** The builder's map; a new header's builder holds none until it is built. */
  private static Map<String, Integer> firingBySeverity(Incident.Builder header) {
    return header.getFiringBySeverity() == null ? Map.of() : header.getFiringBySeverity();
  }
}
