package dev.responder.planning;

import dev.responder.schemas.avro.IncidentEventType;
import java.util.Set;

/**
 * The incident events that make the remediator plan and run an incident's runbook: opening,
 * reopening and a change of severity. Replay plans on exactly these, so both decide alike.
 */
public final class PlanTriggers {

  private static final Set<IncidentEventType> PLANNED =
      Set.of(
          IncidentEventType.OPENED, IncidentEventType.REOPENED, IncidentEventType.SEVERITY_CHANGED);

  private PlanTriggers() {}

  public static boolean plansOn(IncidentEventType type) {
    return PLANNED.contains(type);
  }
}
