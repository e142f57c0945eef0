package dev.responder.operator.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operator API's users, and the check of an {@code Authorization} header against them: {@code
 * Bearer <token>} (an API token, found by its hash) or {@code Basic <base64 user:password>} (the
 * password checked against its bcrypt hash). Refusals name what was wrong but never which part of a
 * credential failed, so they help a person and not a guesser.
 */
public final class Users {

  private final Map<String, UserAccount> byName = new HashMap<>();
  private final Map<String, UserAccount> byTokenHash = new HashMap<>();

  public Users(List<UserAccount> accounts) {
    for (UserAccount account : accounts) {
      if (byName.putIfAbsent(account.name(), account) != null) {
        throw new IllegalArgumentException("user '" + account.name() + "' is listed twice");
      }
      for (String hash : account.tokenHashes()) {
        if (byTokenHash.putIfAbsent(hash, account) != null) {
          throw new IllegalArgumentException(
              "a token of '" + account.name() + "' is also another user's token");
        }
      }
    }
  }

  /** How many users there are. */
  public int size() {
    return byName.size();
  }

  /** The person an {@code Authorization} header names, or why it names nobody. */
  public Authentication authenticate(String authorization) {
    if (authorization == null || authorization.isBlank()) {
      return new Authentication.Refused(
          "no Authorization header: send Bearer <API token> or Basic credentials");
    }
    int space = authorization.indexOf(' ');
    String scheme = space < 0 ? authorization : authorization.substring(0, space);
    String credentials = space < 0 ? "" : authorization.substring(space + 1).strip();
    if (scheme.equalsIgnoreCase("Bearer")) {
      return Optional.ofNullable(byTokenHash.get(Secrets.hashToken(credentials)))
          .<Authentication>map(Users::authenticated)
          .orElse(new Authentication.Refused("the API token is not valid"));
    }
    if (scheme.equalsIgnoreCase("Basic")) {
      return basic(credentials);
    }
    return new Authentication.Refused(
        "unsupported Authorization scheme '" + scheme + "': use Bearer or Basic");
  }

  private Authentication basic(String credentials) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return new Authentication.Refused("Basic credentials are not Base64");
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return new Authentication.Refused("Basic credentials must be user:password");
    }
    UserAccount account = byName.get(decoded.substring(0, colon));
    String password = decoded.substring(colon + 1);
    boolean matches =
        account != null
            && account.passwordHash().map(h -> Secrets.passwordMatches(h, password)).orElse(false);
    return matches
        ? authenticated(account)
        : new Authentication.Refused("the user name or password is not valid");
  }

  private static Authentication authenticated(UserAccount account) {
    return new Authentication.Authenticated(new Principal(account.name(), account.role()));
  }

  /** The answer to an authentication: who, or why nobody. */
  public sealed interface Authentication {

    /** The header names this person. */
    record Authenticated(Principal principal) implements Authentication {}

    /** The header names nobody, for this reason. */
    record Refused(String reason) implements Authentication {}
  }
}
