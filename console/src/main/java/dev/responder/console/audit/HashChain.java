package dev.responder.console.audit;

import dev.responder.console.projection.LogPosition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash function: {@code SHA-256(previous hash, log position, canonical content)} in
 * hex. The first row of a chain links to {@link #GENESIS}. Changing any row changes its hash, and
 * so breaks the link the next row holds.
 */
public final class HashChain {

  /** What the first row of every chain links to. */
  public static final String GENESIS = "0".repeat(64);

  private HashChain() {}

  public static String link(String previousHash, LogPosition position, String content) {
    MessageDigest sha256;
    try {
      sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
    String input = previousHash + "\n" + position + "\n" + content;
    return HexFormat.of().formatHex(sha256.digest(input.getBytes(StandardCharsets.UTF_8)));
  }
}
