/**
 * Tamper evidence for the projection: every audit row carries a SHA-256 hash over its canonical
 * content, its log position and the previous row's hash in the same chain, and the verifier walks
 * the chains and names the first broken link of each. Pure code; {@code AuditChains} reads the
 * rows.
 */
package dev.responder.console.audit;
