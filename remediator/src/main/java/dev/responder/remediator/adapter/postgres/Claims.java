package dev.responder.remediator.adapter.postgres;

import dev.responder.planning.ParamsCodec;
import dev.responder.planning.PlanContext;
import dev.responder.remediator.guard.BudgetUse;
import dev.responder.remediator.guard.Verdict;
import dev.responder.remediator.ledger.ActionMachine;
import dev.responder.remediator.ledger.ClaimFacts;
import dev.responder.remediator.ledger.ClaimRequest;
import dev.responder.remediator.ledger.ClaimResult;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.notify.StormWindows;
import dev.responder.remediator.notify.WindowDecision;
import dev.responder.remediator.notify.WindowKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A claim inside the caller's transaction: take the transaction-scoped advisory lock of (operation,
 * target), so two incidents asking to restart the same deployment at once see each other's claim
 * and the cooldown holds (and notifications to one contact are counted in their storm window one at
 * a time), read the key's row and the facts, ask the gate, and write what it decided.
 */
final class Claims {

  private static final String ACTED =
      LedgerState.acted().stream().map(s -> "'" + s + "'").collect(Collectors.joining(", "));
  private static final String LAST_ACTED =
      "SELECT max(acted_at) FROM responder.action_ledger"
          + " WHERE operation = ? AND target = ? AND state IN ("
          + ACTED
          + ")";
  private static final String BUDGET_USE =
      "SELECT count(*) FILTER (WHERE runbook_id = ?), count(*) FROM responder.action_ledger"
          + " WHERE kind = 'ACTION' AND claimed_at > ? AND state IN ("
          + ACTED
          + ")";
  private static final String UPSERT =
      "INSERT INTO responder.action_ledger (action_key, incident_id, runbook_id, step_id, target,"
          + " operation, kind, params, state, attempt, cause_event_id, catalog_version, severity,"
          + " title, claimed_at, updated_at, acted_at, approval_expires_at, generation)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (action_key) DO UPDATE SET params = EXCLUDED.params,"
          + " state = EXCLUDED.state, attempt = EXCLUDED.attempt,"
          + " cause_event_id = EXCLUDED.cause_event_id, severity = EXCLUDED.severity,"
          + " catalog_version = EXCLUDED.catalog_version, claimed_at = EXCLUDED.claimed_at,"
          + " updated_at = EXCLUDED.updated_at, acted_at = EXCLUDED.acted_at,"
          + " approval_expires_at = EXCLUDED.approval_expires_at";

  /** What a claim that the gate lets proceed writes, in the claim's transaction. */
  @FunctionalInterface
  interface Proceed {
    ClaimResult apply(Connection connection, ClaimRequest request, int attempt) throws SQLException;
  }

  private final LedgerQueries queries;

  Claims(LedgerQueries queries) {
    this.queries = queries;
  }

  ClaimResult claim(
      Connection connection,
      ClaimRequest request,
      Function<ClaimFacts, Verdict> gate,
      Proceed proceed)
      throws SQLException {
    lock(connection, request.step().operation() + "|" + request.key().target());
    Optional<LedgerEntry> existing = queries.find(connection, request.key().value());
    return decide(connection, request, existing, gate, proceed);
  }

  static ClaimResult intent(Connection connection, ClaimRequest request, int attempt)
      throws SQLException {
    upsert(connection, request, LedgerState.INTENT, attempt, Optional.empty());
    return ClaimResult.claimed(attempt);
  }

  private ClaimResult decide(
      Connection connection,
      ClaimRequest request,
      Optional<LedgerEntry> existing,
      Function<ClaimFacts, Verdict> gate,
      Proceed proceed)
      throws SQLException {
    ActionMachine.Admission admission =
        ActionMachine.admit(existing, request.context().causeEventId(), request.approved());
    if (admission.isHeld()) {
      return ClaimResult.held(admission.held().get(), admission.attempt());
    }
    int attempt = admission.attempt();
    Verdict verdict = gate.apply(facts(connection, request));
    if (verdict == Verdict.PROCEED) {
      return proceed.apply(connection, request, attempt);
    }
    Optional<LedgerState> next =
        ActionMachine.weigh(verdict, admission.answersApproval(), "").next();
    if (next.isPresent()) {
      Optional<Instant> expiry =
          next.get() == LedgerState.AWAITING_APPROVAL
              ? Optional.of(request.now().plus(request.approvalTtl()))
              : Optional.empty();
      upsert(connection, request, next.get(), attempt, expiry);
    }
    return ClaimResult.blocked(verdict, attempt);
  }

  private static void lock(Connection connection, String name) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, name);
      lock.execute();
    }
  }

  private static ClaimFacts facts(Connection connection, ClaimRequest request) throws SQLException {
    Optional<Instant> lastActed;
    try (PreparedStatement query = connection.prepareStatement(LAST_ACTED)) {
      query.setString(1, request.step().operation());
      query.setString(2, request.key().target());
      try (ResultSet row = query.executeQuery()) {
        row.next();
        lastActed = LedgerRows.instant(row, "max");
      }
    }
    try (PreparedStatement query = connection.prepareStatement(BUDGET_USE)) {
      query.setString(1, request.context().runbookId());
      query.setTimestamp(2, Timestamp.from(request.now().minus(request.budgetWindow())));
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return new ClaimFacts(lastActed, new BudgetUse(row.getInt(1), row.getInt(2)));
      }
    }
  }

  private static void upsert(
      Connection connection,
      ClaimRequest request,
      LedgerState state,
      int attempt,
      Optional<Instant> approvalExpiry)
      throws SQLException {
    PlanContext context = request.context();
    Timestamp now = Timestamp.from(request.now());
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
      upsert.setString(1, request.key().value());
      upsert.setString(2, context.incidentId());
      upsert.setString(3, context.runbookId());
      upsert.setString(4, request.step().id());
      upsert.setString(5, request.key().target());
      upsert.setString(6, request.step().operation());
      upsert.setString(7, request.step().kind().name());
      upsert.setString(8, ParamsCodec.encode(request.step().params()));
      upsert.setString(9, state.name());
      upsert.setInt(10, attempt);
      upsert.setString(11, context.causeEventId());
      upsert.setString(12, context.catalogVersion());
      upsert.setString(13, context.severity());
      upsert.setString(14, context.title());
      upsert.setTimestamp(15, now);
      upsert.setTimestamp(16, now);
      upsert.setTimestamp(17, state == LedgerState.INTENT ? now : null);
      upsert.setTimestamp(18, LedgerRows.timestamp(approvalExpiry));
      upsert.setInt(19, request.key().generation());
      upsert.executeUpdate();
    }
  }

  /** The first of a window goes out (INTENT) and opens it; a follower is folded (AGGREGATED). */
  static ClaimResult intentOrFold(
      Connection connection, ClaimRequest request, int attempt, WindowKey key, Duration length)
      throws SQLException {
    WindowDecision decision =
        StormWindows.decide(NotificationWindows.latest(connection, key), length, request.now());
    if (decision instanceof WindowDecision.Fold fold) {
      NotificationWindows.fold(
          connection, fold.window().id(), request.context().incidentId(), fold.named());
      upsert(connection, request, LedgerState.AGGREGATED, attempt, Optional.empty());
      return ClaimResult.aggregated(attempt, fold.window().withFollower());
    }
    if (decision instanceof WindowDecision.SendAndOpen open) {
      NotificationWindows.open(
          connection, key, request.key().value(), open.openedAt(), open.endsAt());
    }
    return intent(connection, request, attempt);
  }
}
