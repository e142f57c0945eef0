package dev.responder.console.audit;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.console.projection.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's hash function: SHA-256 over the previous hash, a canonical JSON header of every field
 * the row shows (log position, kind, key, incident, event time, chain and number) and the canonical
 * content, in hex. The first row of a chain links to {@link #GENESIS}. Changing any of them changes
 * the row's hash, and so breaks the link the next row holds.
 */
public final class HashChain {

  /** What the first row of every chain links to. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  static String link(String previousHash, ChainRow row) {
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.put("position", row.position().toString());
    header.put("kind", row.kind());
    header.put("key", row.key());
    header.put("incidentId", row.incidentId());
    header.put("occurredAt", text(row.occurredAt()));
    header.put("chain", row.chain());
    header.put("seq", row.seq());
    return sha256(previousHash + "\n" + CanonicalJson.write(header) + "\n" + row.content());
  }

  static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  static String sha256(String input) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
    return HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
  }
}
