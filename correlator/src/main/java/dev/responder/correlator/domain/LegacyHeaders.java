package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import java.util.List;
import java.util.Map;

/**
 * Upgrades an incident written before headers and members were kept apart (Incident v1, every
 * member in {@code alerts}): its members move to the member store and the header gets its counts.
 * Runs once per such incident, the first time the task reads it after an upgrade.
 */
public final class LegacyHeaders {

  private LegacyHeaders() {}

  /** True when the header still holds its members. */
  public static boolean holdsMembers(Incident incident) {
    return !incident.getAlerts().isEmpty();
  }

  /** The header without members, counts filled; its members written to {@code members}. */
  public static Incident moveMembers(Incident legacy, MemberRepository members) {
    Incident.Builder header =
        Incident.newBuilder(legacy)
            .setAlerts(List.of())
            .setMemberCount(0)
            .setFiringCount(0)
            .setFiringBySeverity(Map.of());
    for (IncidentAlert member : legacy.getAlerts()) {
      members.putMember(legacy.getIncidentId(), member);
      MemberCounts.replace(header, null, member);
    }
    return header.build();
  }
}
