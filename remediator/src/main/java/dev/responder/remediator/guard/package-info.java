/**
 * Guardrails as pure functions and small state machines: kill switch and dry-run, allowlists,
 * per-target cooldown, rate budgets, approval expiry, circuit breakers per dependency and the retry
 * policy. Every decision takes its inputs (including the time) as arguments, so unit tests call
 * them directly.
 */
package dev.responder.remediator.guard;
