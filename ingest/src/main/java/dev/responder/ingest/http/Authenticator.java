package dev.responder.ingest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks an {@code Authorization} header against the credentials of the endpoint it was sent to:
 * each sender (Alertmanager, the CRM application) has its own, and a credential of one is refused
 * on the other's endpoint ({@link Verdict#WRONG_ENDPOINT}), so a leaked CRM token cannot post
 * Alertmanager payloads. An endpoint may hold several bearer tokens, so a token can be rotated
 * without downtime (old and new accepted together for a while). Only SHA-256 digests are kept and
 * compared with {@link MessageDigest#isEqual}, so neither a secret nor its length leaks through
 * timing.
 */
public final class Authenticator {

  /** What a request's credentials allow on the endpoint it was sent to. */
  public enum Verdict {
    PERMITTED,
    /** Missing or unknown credentials: 401. */
    UNAUTHORIZED,
    /** Valid credentials of another endpoint's sender: 403. */
    WRONG_ENDPOINT
  }

  /**
   * One sender's credentials: any number of bearer tokens and optionally one basic-auth pair.
   *
   * @param basicUser the expected user, or null to refuse basic auth
   * @param basicPassword the expected password (required with a user)
   */
  public record Credentials(List<String> tokens, String basicUser, String basicPassword) {

    public Credentials {
      tokens = List.copyOf(tokens);
    }

    public static Credentials tokens(String... tokens) {
      return new Credentials(List.of(tokens), null, null);
    }

    boolean isEmpty() {
      return tokens.isEmpty() && basicUser == null;
    }

    @Override
    public String toString() {
      return "Credentials[" + tokens.size() + " tokens, basic=" + (basicUser != null) + "]";
    }
  }

  private record Digests(List<byte[]> bearer, byte[] basic) {

    static Digests of(Credentials credentials) {
      List<byte[]> bearer = new ArrayList<>();
      credentials.tokens().forEach(token -> bearer.add(sha256(token)));
      byte[] basic =
          credentials.basicUser() == null
              ? null
              : sha256(credentials.basicUser() + ":" + credentials.basicPassword());
      return new Digests(bearer, basic);
    }

    boolean isEmpty() {
      return bearer.isEmpty() && basic == null;
    }

    boolean matches(String scheme, String presented) {
      if (presented == null) {
        return false;
      }
      byte[] digest = sha256(presented);
      return switch (scheme) {
        case "bearer" -> bearer.stream().anyMatch(d -> MessageDigest.isEqual(d, digest));
        case "basic" -> basic != null && MessageDigest.isEqual(basic, digest);
        default -> false;
      };
    }
  }

  private final Map<String, Digests> byEndpoint = new LinkedHashMap<>();
  private final boolean openWhenUnset;

  /**
   * @param byEndpoint each endpoint's sender credentials, by endpoint name
   * @param openWhenUnset whether an endpoint without credentials accepts any sender (anonymous
   *     mode) rather than none
   */
  public Authenticator(Map<String, Credentials> byEndpoint, boolean openWhenUnset) {
    byEndpoint.forEach(
        (endpoint, credentials) -> this.byEndpoint.put(endpoint, Digests.of(credentials)));
    this.openWhenUnset = openWhenUnset;
  }

  /** Any sender may post to any endpoint. */
  public static Authenticator open() {
    return new Authenticator(Map.of(), true);
  }

  /** Whether the endpoint accepts senders without credentials. */
  public boolean isOpen(String endpoint) {
    Digests digests = byEndpoint.get(endpoint);
    return openWhenUnset && (digests == null || digests.isEmpty());
  }

  /** What the header (possibly null) allows on {@code endpoint}. */
  public Verdict check(String endpoint, String authorization) {
    if (isOpen(endpoint)) {
      return Verdict.PERMITTED;
    }
    if (authorization == null) {
      return Verdict.UNAUTHORIZED;
    }
    int space = authorization.indexOf(' ');
    if (space < 0) {
      return Verdict.UNAUTHORIZED;
    }
    String scheme = authorization.substring(0, space).toLowerCase(Locale.ROOT);
    String credentials = authorization.substring(space + 1).trim();
    String presented = scheme.equals("basic") ? decodeBasic(credentials) : credentials;
    Digests own = byEndpoint.get(endpoint);
    if (own != null && own.matches(scheme, presented)) {
      return Verdict.PERMITTED;
    }
    boolean another =
        byEndpoint.entrySet().stream()
            .anyMatch(e -> !e.getKey().equals(endpoint) && e.getValue().matches(scheme, presented));
    return another ? Verdict.WRONG_ENDPOINT : Verdict.UNAUTHORIZED;
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
