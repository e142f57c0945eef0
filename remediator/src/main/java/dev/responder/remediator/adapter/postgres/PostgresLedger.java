package dev.responder.remediator.adapter.postgres;

import dev.responder.planning.ActionKey;
import dev.responder.planning.PlanContext;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ClaimFacts;
import dev.responder.remediator.ledger.ClaimRequest;
import dev.responder.remediator.ledger.ClaimResult;
import dev.responder.remediator.ledger.DueDigest;
import dev.responder.remediator.ledger.Ledger;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.ledger.Outbound;
import dev.responder.remediator.notify.WindowKey;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * The ledger in PostgreSQL: every method one transaction. Claims ({@link Claims}) serialize on an
 * advisory lock per (operation, target), so the cooldown and each storm window's count hold across
 * replicas.
 */
public final class PostgresLedger implements Ledger {

  private static final String SETTLE =
      "UPDATE responder.action_ledger SET state = ?, updated_at = ?,"
          + " acted_at = COALESCE(?, acted_at) WHERE action_key = ? AND state = ?";

  private final Transactions transactions;
  private final LedgerQueries queries;
  private final Claims claims;

  public PostgresLedger(DataSource dataSource) {
    this.transactions = new Transactions(dataSource);
    this.queries = new LedgerQueries(transactions);
    this.claims = new Claims(queries);
  }

  @Override
  public ClaimResult claim(
      ClaimRequest request,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor) {
    return claimWith(request, gate, messagesFor, Claims::intent);
  }

  @Override
  public ClaimResult claimNotification(
      ClaimRequest request,
      WindowKey window,
      Duration length,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor) {
    return claimWith(
        request,
        gate,
        messagesFor,
        (connection, r, attempt) -> Claims.intentOrFold(connection, r, attempt, window, length));
  }

  private ClaimResult claimWith(
      ClaimRequest request,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor,
      Claims.Proceed proceed) {
    return transactions.inTransaction(
        connection -> {
          ClaimResult result = claims.claim(connection, request, gate, proceed);
          OutboxWriter.write(connection, messagesFor.apply(result), request.now());
          return result;
        });
  }

  @Override
  public List<DueDigest> dueDigests(Instant now) {
    return transactions.inTransaction(connection -> NotificationWindows.due(connection, now));
  }

  @Override
  public ClaimResult claimDigest(
      ClaimRequest request,
      long windowId,
      Function<ClaimFacts, Verdict> gate,
      Function<ClaimResult, List<Outbound>> messagesFor) {
    return transactions.inTransaction(
        connection -> {
          ClaimResult result = claims.claim(connection, request, gate, Claims::intent);
          if (result.kind() == ClaimResult.Kind.BLOCKED
              && result.verdict() == Verdict.CIRCUIT_OPEN) {
            // Nothing was written: the digest stays due and is tried again once the circuit lets.
            return result;
          }
          if (!NotificationWindows.markDigested(connection, windowId, request.now())) {
            connection.rollback();
            return ClaimResult.held(LedgerState.APPLIED, result.attempt());
          }
          OutboxWriter.write(connection, messagesFor.apply(result), request.now());
          return result;
        });
  }

  @Override
  public boolean settle(
      ActionKey key,
      LedgerState from,
      LedgerState to,
      Optional<Instant> actedAt,
      Instant now,
      List<Outbound> messages) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement update = connection.prepareStatement(SETTLE)) {
            update.setString(1, to.name());
            update.setTimestamp(2, Timestamp.from(now));
            update.setTimestamp(3, LedgerRows.timestamp(actedAt));
            update.setString(4, key.value());
            update.setString(5, from.name());
            if (update.executeUpdate() == 0) {
              return false;
            }
          }
          OutboxWriter.write(connection, messages, now);
          return true;
        });
  }

  @Override
  public void emit(List<Outbound> messages, Instant now) {
    transactions.inTransaction(
        connection -> {
          OutboxWriter.write(connection, messages, now);
          return null;
        });
  }

  @Override
  public Optional<LedgerEntry> find(ActionKey key) {
    return find(key.value());
  }

  @Override
  public Optional<LedgerEntry> find(String actionKey) {
    return transactions.inTransaction(connection -> queries.find(connection, actionKey));
  }

  @Override
  public List<LedgerEntry> inState(LedgerState state) {
    return queries.inState(state);
  }

  @Override
  public List<LedgerEntry> expiredApprovals(Instant now) {
    return queries.expiredApprovals(now);
  }

  @Override
  public List<LedgerEntry> applied(String causeEventId) {
    return queries.applied(causeEventId);
  }

  @Override
  public void scheduleVerification(PlanContext context, Instant dueAt) {
    queries.scheduleVerification(context, dueAt);
  }

  @Override
  public List<PlanContext> dueVerifications(Instant now) {
    return queries.dueVerifications(now);
  }

  @Override
  public void completeVerification(
      String causeEventId, LedgerState actionsState, Instant now, List<Outbound> messages) {
    queries.completeVerification(causeEventId, actionsState, now, messages);
  }
}
