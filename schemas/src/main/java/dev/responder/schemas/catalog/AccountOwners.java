package dev.responder.schemas.catalog;

import java.util.Map;
import java.util.Optional;

/**
 * Where "the user must re-authenticate" goes: each social account owner's contact (as {@code
 * email:...}, {@code slack:@...}), and the contact for owners the map does not name (none: the
 * notifier names them in its evidence instead).
 */
public record AccountOwners(Map<String, String> contacts, Optional<String> otherwise) {

  public static final AccountOwners NONE = new AccountOwners(Map.of(), Optional.empty());

  public AccountOwners {
    contacts = Map.copyOf(contacts);
  }

  /**
   * The owner's contact, or the catalog's contact for owners it does not name, with {@code {owner}}
   * in it replaced by the owner (e.g. {@code email:{owner}} when owners are addresses).
   */
  public Optional<String> contactOf(String owner) {
    return Optional.ofNullable(contacts.get(owner))
        .or(() -> otherwise.map(template -> template.replace("{owner}", owner)));
  }
}
