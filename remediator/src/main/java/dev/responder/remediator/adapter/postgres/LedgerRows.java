package dev.responder.remediator.adapter.postgres;

import dev.responder.planning.ActionKey;
import dev.responder.planning.ParamsCodec;
import dev.responder.planning.PlanContext;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.ledger.LedgerState;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps ledger rows to {@link LedgerEntry} values. */
final class LedgerRows {

  static final String COLUMNS =
      "action_key, incident_id, runbook_id, step_id, target, operation, kind, params, state,"
          + " attempt, cause_event_id, catalog_version, severity, title, claimed_at, acted_at,"
          + " approval_expires_at, generation";

  private LedgerRows() {}

  static List<LedgerEntry> list(PreparedStatement query) throws SQLException {
    List<LedgerEntry> entries = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        entries.add(entry(rows));
      }
    }
    return entries;
  }

  static LedgerEntry entry(ResultSet row) throws SQLException {
    PlanContext context =
        new PlanContext(
                row.getString("incident_id"),
                row.getString("runbook_id"),
                row.getString("severity"),
                row.getString("catalog_version"),
                row.getString("cause_event_id"),
                row.getString("title"))
            .withGeneration(row.getInt("generation"));
    PlannedStep step =
        new PlannedStep(
            row.getString("step_id"),
            StepKind.valueOf(row.getString("kind")),
            row.getString("operation"),
            ParamsCodec.decode(row.getString("params")),
            List.of());
    ActionKey key =
        new ActionKey(
            context.incidentId(),
            context.generation(),
            context.runbookId(),
            step.id(),
            row.getString("target"));
    return new LedgerEntry(
        key,
        step,
        context,
        LedgerState.valueOf(row.getString("state")),
        row.getInt("attempt"),
        row.getTimestamp("claimed_at").toInstant(),
        instant(row, "acted_at"),
        instant(row, "approval_expires_at"));
  }

  static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    Timestamp value = row.getTimestamp(column);
    return value == null ? Optional.empty() : Optional.of(value.toInstant());
  }

  static Timestamp timestamp(Optional<Instant> instant) {
    return instant.map(Timestamp::from).orElse(null);
  }
}
