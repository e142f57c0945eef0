package dev.responder.console.audit;

import dev.responder.console.projection.LogPosition;

/**
 * One audit row as stored: its chain, its number in the chain (from 1), the incident it belongs to
 * (empty for alerts), where it was read, its canonical content and the two hashes it carries.
 */
public record ChainRow(
    String chain,
    long seq,
    String incidentId,
    LogPosition position,
    String content,
    String previousHash,
    String hash) {}
