package dev.responder.correlator.domain;

import dev.responder.schemas.avro.IncidentAlert;
import java.util.List;
import java.util.Optional;

/**
 * The member alerts of the incidents one task holds, kept apart from their headers and keyed by
 * incident id and fingerprint, so an alert reads and writes only its own member whatever the size
 * of its group.
 */
public interface MemberRepository {

  /** The member with this fingerprint of this incident, if it holds one. */
  Optional<IncidentAlert> member(String incidentId, String fingerprint);

  /** Stores the member, replacing the one with the same fingerprint. */
  void putMember(String incidentId, IncidentAlert member);

  /**
   * Every member of the incident: read only when all of them must be decided again (a check result
   * changed the figures its severity rules read), never per alert.
   */
  List<IncidentAlert> members(String incidentId);
}
