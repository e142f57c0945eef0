package dev.responder.remediator.ledger;

import dev.responder.remediator.notify.Digest;

/**
 * A storm window whose digest is due: the window's id, the ledger entry of the notification that
 * opened it (its incident, step and contact), and the digest to send.
 */
public record DueDigest(long windowId, LedgerEntry leader, Digest digest) {}
