package dev.responder.console.audit;

/**
 * The last row the projection appended to a chain, kept apart from the rows: deleting or appending
 * rows at a chain's end leaves the head disagreeing with the rows.
 */
public record ChainHead(String chain, long seq, String hash) {}
