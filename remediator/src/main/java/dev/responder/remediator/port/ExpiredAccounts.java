package dev.responder.remediator.port;

import java.time.Instant;
import java.util.List;

/**
 * The social accounts whose access token has expired, read once for two uses: the check's evidence
 * ({@code result}) and the accounts themselves, whose owners must re-authenticate. On a failed read
 * {@code accounts} is empty and {@code result} says why.
 */
public record ExpiredAccounts(Result result, List<Account> accounts) {

  public ExpiredAccounts {
    accounts = List.copyOf(accounts);
  }

  /** One expired connection: its id, platform, owner and expiry. */
  public record Account(long connection, String platform, String owner, Instant expiredAt) {}
}
