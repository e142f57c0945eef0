package dev.responder.console.audit;

import java.util.Locale;

/**
 * A head published outside PostgreSQL (to the compacted anchors topic): chain {@code name} had row
 * {@code number} with {@code hash}, or incident {@code name} was at revision {@code number} with
 * row hash {@code hash}. Someone who can write the database cannot rewrite what was published.
 */
public record Anchor(Subject subject, String name, long number, String hash) {

  /** What an anchor vouches for. */
  public enum Subject {
    CHAIN,
    INCIDENT
  }

  /**
   * The record key on the anchors topic: one per chain and per incident, so compaction keeps the
   * latest.
   */
  public String key() {
    return subject.name().toLowerCase(Locale.ROOT) + ":" + name;
  }

  /** The record value: number and hash. */
  public String value() {
    return number + " " + hash;
  }

  /** Reads an anchor record back, or fails naming the key. */
  public static Anchor parse(String key, String value) {
    int colon = key == null ? -1 : key.indexOf(':');
    String[] parts = value == null ? new String[0] : value.split(" ");
    if (colon < 0 || parts.length != 2) {
      throw new IllegalArgumentException("not an audit anchor: key '" + key + "'");
    }
    Subject subject = Subject.valueOf(key.substring(0, colon).toUpperCase(Locale.ROOT));
    return new Anchor(subject, key.substring(colon + 1), Long.parseLong(parts[0]), parts[1]);
  }
}
