package dev.responder.app.demo;

/**
 * An action (or a hand-off to a person) the runbook took in a scenario, as its last outcome says.
 *
 * @param step the runbook step's id
 * @param operation e.g. {@code kubernetes.rolloutRestart}
 * @param target the last part of the outcome's target, e.g. {@code crm-worker}
 * @param status the outcome's status, e.g. {@code SUCCEEDED}
 * @param approvedBy who approved it, or null when no approval was needed
 */
record ActionTaken(String step, String operation, String target, String status, String approvedBy) {

  /** {@code crm/deployment/crm-worker} -> {@code crm-worker}; {@code channel/x} -> {@code x}. */
  static String shortTarget(String target) {
    return target.substring(target.lastIndexOf('/') + 1);
  }
}
