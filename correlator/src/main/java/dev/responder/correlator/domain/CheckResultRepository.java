package dev.responder.correlator.domain;

import dev.responder.schemas.avro.RemediationOutcome;
import java.util.List;

/**
 * The latest result of each check the remediator ran for an incident this task holds. A newer
 * result of the same check replaces the older; results are forgotten with their incident.
 */
public interface CheckResultRepository {

  /** Keeps this check result as its check's latest for its incident. */
  void record(RemediationOutcome check);

  /** The latest result of every check reported for this incident. */
  List<RemediationOutcome> checksOf(String incidentId);
}
