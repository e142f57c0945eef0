package dev.responder.remediator.paging;

/** The moments of an incident the people in the loop hear about. */
public enum Update {
  OPENED,
  COMMANDER_ASSIGNED,
  AWAITING_APPROVAL,
  ACTION_OUTCOME,
  VERIFICATION_FAILED,
  SEVERITY_CHANGED,
  ESCALATED,
  ACKNOWLEDGED,
  RESOLVED,
  DELIVERY_FAILED
}
