package dev.responder.remediator.crm;

import dev.responder.remediator.port.CrmDatabase;
import dev.responder.remediator.port.ExpiredAccounts;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.catalog.AccountOwners;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "If token expired: user must re-authenticate", delivered to the users: a notification to the
 * channel {@value #CHANNEL} becomes one message per owner of an expired social account, naming the
 * accounts and platforms, sent to the owner's contact from the catalog's {@code accountOwners}.
 * Other channels pass through. Owners without a contact are named in the evidence, never dropped
 * silently. One owner's failed delivery fails the step (it is retried as a whole).
 */
public final class AccountOwnerNotices implements Notifier {

  /** The catalog's channel meaning "the owners of the expired accounts". */
  public static final String CHANNEL = "account-owners";

  private final Notifier delegate;
  private final CrmDatabase crm;
  private final String database;
  private final AccountOwners owners;

  public AccountOwnerNotices(
      Notifier delegate, CrmDatabase crm, String database, AccountOwners owners) {
    this.delegate = delegate;
    this.crm = crm;
    this.database = database;
    this.owners = owners;
  }

  @Override
  public Result notify(String channel, String message, Optional<String> component) {
    if (!CHANNEL.equals(channel)) {
      return delegate.notify(channel, message, component);
    }
    ExpiredAccounts expired = crm.expiredAccounts(database);
    if (!expired.result().succeeded()) {
      return expired.result();
    }
    Map<String, List<ExpiredAccounts.Account>> byOwner = new LinkedHashMap<>();
    expired
        .accounts()
        .forEach(a -> byOwner.computeIfAbsent(a.owner(), o -> new ArrayList<>()).add(a));
    List<String> lines = new ArrayList<>();
    List<String> unreachable = new ArrayList<>();
    int sent = 0;
    for (var entry : byOwner.entrySet()) {
      Optional<String> contact = owners.contactOf(entry.getKey());
      if (contact.isEmpty()) {
        unreachable.add(entry.getKey());
        continue;
      }
      Result result =
          delegate.notify(contact.get(), personal(message, entry.getValue()), component);
      if (!result.succeeded()) {
        return Result.failed(
            result.failure().get(),
            "telling " + entry.getKey() + " at " + contact.get() + ": " + result.message());
      }
      sent++;
      lines.add(
          "told " + entry.getKey() + " at " + contact.get() + ": " + accounts(entry.getValue()));
    }
    if (!unreachable.isEmpty()) {
      lines.add("no contact in the catalog's accountOwners for " + unreachable);
    }
    return Result.ok(
        Observation.of(
            Map.of("owners", (double) sent, "unreachable", (double) unreachable.size()), lines));
  }

  private static String personal(String message, List<ExpiredAccounts.Account> accounts) {
    return message + " Accounts to reconnect: " + accounts(accounts) + ".";
  }

  private static String accounts(List<ExpiredAccounts.Account> accounts) {
    return String.join(
        ", ",
        accounts.stream()
            .map(
                a ->
                    a.platform()
                        + " (connection "
                        + a.connection()
                        + ", expired "
                        + a.expiredAt()
                        + ")")
            .toList());
  }
}
