package dev.responder.remediator.adapter.postgres;

import dev.responder.planning.PlanContext;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import dev.responder.remediator.ledger.Outbound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The ledger's reads and its verification bookkeeping. */
final class LedgerQueries {

  private static final String SELECT =
      "SELECT " + LedgerRows.COLUMNS + " FROM responder.action_ledger ";
  private static final String SCHEDULE =
      "INSERT INTO responder.verification (cause_event_id, incident_id, runbook_id, severity,"
          + " catalog_version, title, due_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
          + " ON CONFLICT (cause_event_id) DO NOTHING";
  private static final String DUE =
      "SELECT cause_event_id, incident_id, runbook_id, severity, catalog_version, title"
          + " FROM responder.verification WHERE done_at IS NULL AND due_at <= ? ORDER BY due_at";

  private final Transactions transactions;

  LedgerQueries(Transactions transactions) {
    this.transactions = transactions;
  }

  Optional<LedgerEntry> find(Connection connection, String actionKey) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement(SELECT + "WHERE action_key = ? FOR UPDATE")) {
      query.setString(1, actionKey);
      return LedgerRows.list(query).stream().findFirst();
    }
  }

  List<LedgerEntry> inState(LedgerState state) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(SELECT + "WHERE state = ? ORDER BY claimed_at")) {
            query.setString(1, state.name());
            return LedgerRows.list(query);
          }
        });
  }

  List<LedgerEntry> expiredApprovals(Instant now) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  SELECT + "WHERE state = 'AWAITING_APPROVAL' AND approval_expires_at <= ?")) {
            query.setTimestamp(1, Timestamp.from(now));
            return LedgerRows.list(query);
          }
        });
  }

  List<LedgerEntry> applied(String causeEventId) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement query =
              connection.prepareStatement(
                  SELECT + "WHERE cause_event_id = ? AND state = 'APPLIED' AND kind = 'ACTION'")) {
            query.setString(1, causeEventId);
            return LedgerRows.list(query);
          }
        });
  }

  void scheduleVerification(PlanContext context, Instant dueAt) {
    transactions.inTransaction(
        connection -> {
          try (PreparedStatement insert = connection.prepareStatement(SCHEDULE)) {
            insert.setString(1, context.causeEventId());
            insert.setString(2, context.incidentId());
            insert.setString(3, context.runbookId());
            insert.setString(4, context.severity());
            insert.setString(5, context.catalogVersion());
            insert.setString(6, context.title());
            insert.setTimestamp(7, Timestamp.from(dueAt));
            return insert.executeUpdate();
          }
        });
  }

  List<PlanContext> dueVerifications(Instant now) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(DUE)) {
            query.setTimestamp(1, Timestamp.from(now));
            List<PlanContext> due = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                due.add(
                    new PlanContext(
                        rows.getString("incident_id"),
                        rows.getString("runbook_id"),
                        rows.getString("severity"),
                        rows.getString("catalog_version"),
                        rows.getString("cause_event_id"),
                        rows.getString("title")));
              }
            }
            return due;
          }
        });
  }

  void completeVerification(
      String causeEventId, LedgerState actionsState, Instant now, List<Outbound> messages) {
    transactions.inTransaction(
        connection -> {
          try (PreparedStatement done =
              connection.prepareStatement(
                  "UPDATE responder.verification SET done_at = ?"
                      + " WHERE cause_event_id = ? AND done_at IS NULL")) {
            done.setTimestamp(1, Timestamp.from(now));
            done.setString(2, causeEventId);
            if (done.executeUpdate() == 0) {
              return null;
            }
          }
          try (PreparedStatement update =
              connection.prepareStatement(
                  "UPDATE responder.action_ledger SET state = ?, updated_at = ?"
                      + " WHERE cause_event_id = ? AND state = 'APPLIED' AND kind = 'ACTION'")) {
            update.setString(1, actionsState.name());
            update.setTimestamp(2, Timestamp.from(now));
            update.setString(3, causeEventId);
            update.executeUpdate();
          }
          OutboxWriter.write(connection, messages, now);
          return null;
        });
  }
}
