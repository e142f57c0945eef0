/**
 * The remediator's own plan model, pure: what to check, which actions to consider under which
 * conditions, how to verify, and the guardrails that bound acting. The planner builds it from a
 * runbook; the engine executes it. No client library is imported here.
 */
package dev.responder.planning;
