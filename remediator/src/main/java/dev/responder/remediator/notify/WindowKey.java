package dev.responder.remediator.notify;

import java.util.Objects;

/**
 * What notifications share a window: the same step telling the same contact about incidents of the
 * same runbook in the same scope (namespace/service, as the correlator keys scopes). Different
 * steps keep their own windows, so an incident's second message is never folded behind its first.
 */
public record WindowKey(String stepId, String channel, String runbookId, String scope) {

  public WindowKey {
    Objects.requireNonNull(stepId, "stepId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(scope, "scope");
  }

  /** The key as one string, for the ledger, e.g. {@code stakeholders|slack:#crm|api|crm/}. */
  public String value() {
    return String.join("|", stepId, channel, runbookId, scope);
  }
}
