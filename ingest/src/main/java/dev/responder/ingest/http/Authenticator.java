package dev.responder.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;

/**
 * Checks an {@code Authorization} header against a bearer token and/or basic-auth credentials,
 * either of which Alertmanager's {@code http_config} can send. Only SHA-256 digests are kept, and
 * digests are compared with {@link MessageDigest#isEqual}, so neither the secret nor its length
 * leaks through timing. With no credentials configured every request passes.
 */
public final class Authenticator {

  private final byte[] bearerDigest;
  private final byte[] basicDigest;

  /**
   * @param bearerToken the expected token, or null to refuse bearer auth
   * @param basicUser the expected user, or null to refuse basic auth
   * @param basicPassword the expected password (required with a user)
   */
  public Authenticator(String bearerToken, String basicUser, String basicPassword) {
    this.bearerDigest = bearerToken == null ? null : sha256(bearerToken);
    this.basicDigest = basicUser == null ? null : sha256(basicUser + ":" + basicPassword);
  }

  public static Authenticator open() {
    return new Authenticator(null, null, null);
  }

  public boolean isOpen() {
    return bearerDigest == null && basicDigest == null;
  }

  /** Whether the header (possibly null) carries valid credentials. */
  public boolean permits(String authorization) {
    if (isOpen()) {
      return true;
    }
    if (authorization == null) {
      return false;
    }
    int space = authorization.indexOf(' ');
    if (space < 0) {
      return false;
    }
    String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
    String credentials = authorization.substring(space + 1).trim();
    return switch (scheme) {
      case "bearer" -> matches(bearerDigest, credentials);
      case "basic" -> matches(basicDigest, decodeBasic(credentials));
      default -> false;
    };
  }

  private static boolean matches(byte[] expected, String presented) {
    return expected != null
        && presented != null
        && MessageDigest.isEqual(expected, sha256(presented));
  }

  private static String decodeBasic(String encoded) {
    try {
      return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime ships SHA-256", e);
    }
  }
}
