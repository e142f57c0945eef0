package dev.responder.console.audit;

import java.math.BigInteger;
import java.util.Collection;

/**
 * The head of the {@code incidents} table: the number of rows and the sum of their hashes modulo
 * 2^256, kept in {@code chain_heads} under {@link #CHAIN}. Updating one row moves the sum by the
 * difference of its hashes, so keeping it costs the same whatever the table's size; a deleted or
 * inserted row leaves the table disagreeing with it.
 */
public final class IncidentDigest {

  /** The {@code chain_heads} entry that holds the incidents table's head. */
  public static final String CHAIN = "incidents";

  private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

  private IncidentDigest() {}

  /** The digest {@code digest} becomes when a row's hash {@code removed} becomes {@code added}. */
  public static String replace(String digest, String removed, String added) {
    BigInteger sum = new BigInteger(digest, 16).add(new BigInteger(added, 16));
    if (removed != null) {
      sum = sum.subtract(new BigInteger(removed, 16));
    }
    return hex(sum.mod(MODULUS));
  }

  /** The digest of {@code hashes}, computed from scratch. */
  public static String of(Collection<String> hashes) {
    String digest = HashChain.GENESIS;
    for (String hash : hashes) {
      digest = replace(digest, null, hash);
    }
    return digest;
  }

  private static String hex(BigInteger value) {
    String text = value.toString(16);
    return "0".repeat(64 - text.length()) + text;
  }
}
