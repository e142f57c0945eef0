package dev.responder.operator.auth;

import dev.responder.schemas.command.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads and writes the users file, YAML holding only hashes:
 *
 * <pre>
 * users:
 *   carol:
 *     role: approver
 *     password: "$2y$10$..."      # bcrypt, for Basic authentication (optional)
 *     tokens: ["sha256:..."]       # SHA-256 of API tokens, for Bearer (optional)
 * </pre>
 *
 * A plain-text secret where a hash belongs is refused, so a file cannot hold one by mistake.
 */
public final class UsersFile {

  private UsersFile() {}

  /** The users in the file; fails naming the file, the user and what is wrong. */
  public static Users load(Path file) {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the users file " + file + ": " + e, e);
    }
  }

  /** The users in {@code yaml}; {@code source} names it in messages. */
  public static Users parse(String yaml, String source) {
    Object root;
    try {
      root = new Load(LoadSettings.builder().setLabel(source).build()).loadFromString(yaml);
    } catch (YamlEngineException e) {
      throw new IllegalArgumentException(source + " is not valid YAML: " + e.getMessage(), e);
    }
    if (!(root instanceof Map<?, ?> top) || !(top.get("users") instanceof Map<?, ?> users)) {
      throw new IllegalArgumentException(
          source + " must have a 'users' mapping: users: {carol: {role: approver, tokens: [...]}}");
    }
    List<UserAccount> accounts = new ArrayList<>();
    for (Map.Entry<?, ?> entry : users.entrySet()) {
      accounts.add(account(String.valueOf(entry.getKey()), entry.getValue(), source));
    }
    return new Users(accounts);
  }

  private static UserAccount account(String name, Object value, String source) {
    String where = source + ": user '" + name + "'";
    if (!name.matches("[A-Za-z0-9._@-]{1,64}")) {
      throw new IllegalArgumentException(where + ": a name is 1 to 64 letters, digits or . _ @ -");
    }
    if (!(value instanceof Map<?, ?> fields)) {
      throw new IllegalArgumentException(where + " must be a mapping with role, password, tokens");
    }
    Role role =
        Role.of(String.valueOf(fields.get("role")))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        where
                            + ": role is '"
                            + fields.get("role")
                            + "', not one of "
                            + Role.labels()));
    Optional<String> password = Optional.ofNullable(fields.get("password")).map(String::valueOf);
    if (password.isPresent() && !Secrets.isPasswordHash(password.get())) {
      throw new IllegalArgumentException(
          where + ": password must be a bcrypt hash ($2y$10$...), never the password itself");
    }
    Set<String> tokens = new LinkedHashSet<>();
    if (fields.get("tokens") instanceof List<?> listed) {
      for (Object token : listed) {
        if (!Secrets.isTokenHash(String.valueOf(token))) {
          throw new IllegalArgumentException(
              where + ": each token must be a hash (sha256:<64 hex digits>), never the token");
        }
        tokens.add(String.valueOf(token));
      }
    } else if (fields.get("tokens") != null) {
      throw new IllegalArgumentException(where + ": tokens must be a list of sha256:<hex> hashes");
    }
    return new UserAccount(name, role, password, tokens);
  }

  /** The file's text for these accounts, as {@link #parse} reads it back. */
  public static String render(List<UserAccount> accounts) {
    Map<String, Object> users = new LinkedHashMap<>();
    for (UserAccount account : accounts) {
      Map<String, Object> fields = new LinkedHashMap<>();
      fields.put("role", account.role().label());
      account.passwordHash().ifPresent(hash -> fields.put("password", hash));
      fields.put("tokens", new ArrayList<>(account.tokenHashes()));
      users.put(account.name(), fields);
    }
    return "# Responder operator API users: hashes only (bcrypt passwords, SHA-256 API tokens).\n"
        + new Dump(DumpSettings.builder().build()).dumpToString(Map.of("users", users));
  }
}
