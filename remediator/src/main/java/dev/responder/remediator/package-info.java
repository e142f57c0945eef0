/**
 * The remediator: runs the runbook catalog's checks and actions for incidents behind guardrails,
 * each side effect at most once (ledger and outbox in PostgreSQL). See {@code docs/remediator.md}.
 */
package dev.responder.remediator;
