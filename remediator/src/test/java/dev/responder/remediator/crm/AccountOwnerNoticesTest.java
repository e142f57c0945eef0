package dev.responder.remediator.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.port.CrmDatabase;
import dev.responder.remediator.port.ExpiredAccounts;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import dev.responder.schemas.catalog.AccountOwners;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** "User must re-authenticate" reaches each owner of an expired account at their own contact. */
class AccountOwnerNoticesTest {

  private static final Instant EXPIRED = Instant.parse("2026-12-02T10:00:00Z");

  private final List<String> sent = new ArrayList<>();
  private final Notifier channels =
      (channel, message, component) -> {
        sent.add(channel + " <- " + message);
        return Result.ok(Observation.empty());
      };

  @Test
  void shouldTellEachOwnerTheirAccountsAtTheirContact() {
    var notices =
        notices(
            new AccountOwners(Map.of("ana", "slack:@ana"), Optional.of("email:{owner}")),
            account(1, "linkedin", "ana"),
            account(2, "x", "ana"),
            account(3, "facebook", "bo@customer.example"));

    Result result = notices.notify("account-owners", "Please reconnect.", Optional.empty());

    assertThat(sent)
        .containsExactly(
            "slack:@ana <- Please reconnect. Accounts to reconnect: linkedin (connection 1,"
                + " expired 2026-12-02T10:00:00Z), x (connection 2, expired 2026-12-02T10:00:00Z).",
            "email:bo@customer.example <- Please reconnect. Accounts to reconnect: facebook"
                + " (connection 3, expired 2026-12-02T10:00:00Z).");
    assertThat(result.observation().figures())
        .containsEntry("owners", 2.0)
        .containsEntry("unreachable", 0.0);
  }

  @Test
  void shouldNameOwnersWithoutAContactInsteadOfDroppingThem() {
    var notices = notices(AccountOwners.NONE, account(1, "linkedin", "ana"));

    Result result = notices.notify("account-owners", "Please reconnect.", Optional.empty());

    assertThat(sent).isEmpty();
    assertThat(result.observation().figures()).containsEntry("unreachable", 1.0);
    assertThat(result.observation().lines())
        .containsExactly("no contact in the catalog's accountOwners for [ana]");
  }

  @Test
  void shouldPassOtherChannelsThrough() {
    var notices = notices(AccountOwners.NONE, account(1, "linkedin", "ana"));

    notices.notify("slack:#crm-incidents", "hello", Optional.empty());

    assertThat(sent).containsExactly("slack:#crm-incidents <- hello");
  }

  private AccountOwnerNotices notices(AccountOwners owners, ExpiredAccounts.Account... accounts) {
    ExpiredAccounts expired =
        new ExpiredAccounts(Result.ok(Observation.empty()), List.of(accounts));
    return new AccountOwnerNotices(channels, crmAnswering(expired), "crm", owners);
  }

  /** A CRM database that knows only its expired accounts (any other call is a test error). */
  private static CrmDatabase crmAnswering(ExpiredAccounts expired) {
    return (CrmDatabase)
        Proxy.newProxyInstance(
            CrmDatabase.class.getClassLoader(),
            new Class<?>[] {CrmDatabase.class},
            (proxy, method, args) -> {
              if (method.getName().equals("expiredAccounts")) {
                return expired;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static ExpiredAccounts.Account account(long id, String platform, String owner) {
    return new ExpiredAccounts.Account(id, platform, owner, EXPIRED);
  }
}
