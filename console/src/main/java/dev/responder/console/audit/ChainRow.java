package dev.responder.console.audit;

import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.ProjectedRecord;
import java.time.Instant;

/**
 * One audit row as stored: its chain, its number in the chain (from 1), the incident it belongs to
 * (empty for alerts), where it was read, its kind and key, when it happened, its canonical content
 * and the two hashes it carries. Every field the timeline shows is in the hash.
 */
public record ChainRow(
    String chain,
    long seq,
    String incidentId,
    LogPosition position,
    String kind,
    String key,
    Instant occurredAt,
    String content,
    String previousHash,
    String hash) {

  /**
   * The row that appends {@code record} to a chain whose last row is number {@code previousSeq}
   * with hash {@code previousHash} (0 and {@link HashChain#GENESIS} for a new chain): what the
   * projection stores and what {@code audit verify --against-log} recomputes from the log.
   */
  public static ChainRow append(long previousSeq, String previousHash, ProjectedRecord record) {
    ChainRow unhashed =
        new ChainRow(
            record.chain(),
            previousSeq + 1,
            record.incidentId().orElse(""),
            record.position(),
            record.kind().name(),
            record.key(),
            record.occurredAt(),
            record.content(),
            previousHash,
            null);
    return unhashed.withHash(HashChain.link(previousHash, unhashed));
  }

  /** The hash this row's fields give, to compare with the one it carries. */
  public String recomputedHash() {
    return HashChain.link(previousHash, this);
  }

  ChainRow withHash(String newHash) {
    return new ChainRow(
        chain, seq, incidentId, position, kind, key, occurredAt, content, previousHash, newHash);
  }
}
