/**
 * Responder's console module: the PostgreSQL projection of the audit topics with its tamper-evident
 * hash chains, the incident timeline and post-incident report built from it, and the offline replay
 * of a candidate runbook catalog against recorded history.
 */
package dev.responder.console;
