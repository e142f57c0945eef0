package dev.responder.sandbox.crm;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The {@code pod-template-hash} of a pod template: ten characters from Kubernetes' name alphabet,
 * derived from what a rollout changes (annotations such as {@code restartedAt}, labels, images).
 * Equal templates give equal revisions, so a status-only update of a Deployment replaces no pods.
 */
final class TemplateRevision {

  /** Kubernetes' alphabet for generated names: no vowels, no look-alike characters. */
  static final String ALPHABET = "bcdfghjklmnpqrstvwxz2456789";

  private TemplateRevision() {}

  static String of(
      Map<String, String> annotations, Map<String, String> labels, List<String> images) {
    String canonical =
        new TreeMap<>(annotations) + "|" + new TreeMap<>(labels) + "|" + String.join(",", images);
    byte[] digest = sha256(canonical.getBytes(StandardCharsets.UTF_8));
    StringBuilder revision = new StringBuilder(10);
    for (int i = 0; i < 10; i++) {
      revision.append(ALPHABET.charAt(Byte.toUnsignedInt(digest[i]) % ALPHABET.length()));
    }
    return revision.toString();
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
