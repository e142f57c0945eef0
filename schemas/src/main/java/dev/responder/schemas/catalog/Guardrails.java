package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Limits on a runbook's actions: the same action on the same target is not repeated within {@code
 * cooldown}; at the severities in {@code approvalAt} a person must approve each action; scaling
 * never exceeds {@code maxReplicas}; {@code approval} says who may approve.
 */
public record Guardrails(
    Duration cooldown, Set<Severity> approvalAt, OptionalInt maxReplicas, ApprovalPolicy approval) {

  public Guardrails {
    approvalAt = Set.copyOf(approvalAt);
  }

  /** Guardrails with the default approval policy (the commander or an approver). */
  public Guardrails(Duration cooldown, Set<Severity> approvalAt, OptionalInt maxReplicas) {
    this(cooldown, approvalAt, maxReplicas, ApprovalPolicy.DEFAULT);
  }

  public boolean needsApproval(Severity severity) {
    return approvalAt.contains(severity);
  }
}
