package dev.responder.operator.auth;

import dev.responder.schemas.command.Role;
import java.util.Optional;
import java.util.Set;

/**
 * One user of the operator API as the users file holds them: a role, an optional bcrypt password
 * hash (for Basic authentication) and the SHA-256 hashes of their API tokens (for Bearer).
 */
public record UserAccount(
    String name, Role role, Optional<String> passwordHash, Set<String> tokenHashes) {

  public UserAccount {
    tokenHashes = Set.copyOf(tokenHashes);
  }
}
