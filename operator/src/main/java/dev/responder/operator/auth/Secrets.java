package dev.responder.operator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Hashing of the users file's secrets. Passwords, which people choose, get bcrypt (slow by design,
 * salted, BouncyCastle's implementation). API tokens are 32 random bytes, so a fast SHA-256 is as
 * hard to reverse as bcrypt and lets a request find its user in one lookup.
 */
public final class Secrets {

  /** bcrypt's cost: 2^10 rounds, about 50-100 ms per check on a small machine. */
  static final int BCRYPT_COST = 10;

  static final String TOKEN_PREFIX = "sha256:";

  private static final SecureRandom RANDOM = new SecureRandom();

  private Secrets() {}

  /** A bcrypt hash ({@code $2y$10$...}) of the password. */
  public static String hashPassword(String password) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return OpenBSDBCrypt.generate("2y", password.toCharArray(), salt, BCRYPT_COST);
  }

  /** Whether the password matches the bcrypt hash; false for a malformed hash. */
  public static boolean passwordMatches(String hash, String password) {
    try {
      return OpenBSDBCrypt.checkPassword(hash, password.toCharArray());
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether the text is a bcrypt hash this class can check. */
  static boolean isPasswordHash(String text) {
    return text.matches("\\$2[aby]\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  }

  /** The token's hash as written in the users file: {@code sha256:<hex>}. */
  public static String hashToken(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return TOKEN_PREFIX + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Whether the text is a token hash as {@link #hashToken} writes it. */
  static boolean isTokenHash(String text) {
    return text.matches("sha256:[0-9a-f]{64}");
  }

  /** A new random secret (32 bytes, URL-safe Base64), for a token or a generated password. */
  public static String newSecret() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
