/**
 * The runbook executor: runs a plan's checks, weighs each action against the guardrails, claims it
 * in the ledger, acts through the ports, records every outcome in the outbox, verifies after the
 * delay, answers approvals and reconciles what a crash left behind. It sees systems only through
 * {@link dev.responder.remediator.port} interfaces.
 */
package dev.responder.remediator.engine;
