package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.ledger.DueDigest;
import dev.responder.remediator.ledger.LedgerEntry;
import dev.responder.remediator.notify.Digest;
import dev.responder.remediator.notify.Window;
import dev.responder.remediator.notify.WindowKey;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The storm windows' rows, inside the ledger's transactions. A window counts only while the ledger
 * row of the notification that opened it exists, so a cleared ledger leaves no window behind.
 */
final class NotificationWindows {

  private static final String WINDOW = "w.id, w.opened_at, w.ends_at, w.folded, w.digested_at";
  private static final String LATEST =
      "SELECT "
          + WINDOW
          + " FROM responder.notification_window w"
          + " JOIN responder.action_ledger l ON l.action_key = w.leader_key"
          + " WHERE w.window_key = ? ORDER BY w.ends_at DESC LIMIT 1";
  private static final String OPEN =
      "INSERT INTO responder.notification_window (window_key, scope, leader_key, opened_at,"
          + " ends_at) VALUES (?, ?, ?, ?, ?)";
  private static final String FOLD =
      "UPDATE responder.notification_window SET folded = folded + 1,"
          + " named = CASE WHEN ? THEN array_append(named, ?) ELSE named END WHERE id = ?";
  private static final String DUE =
      "SELECT "
          + WINDOW
          + ", w.scope, w.named, "
          + LedgerRows.COLUMNS.replaceAll("(\\w+)", "l.$1")
          + " FROM responder.notification_window w"
          + " JOIN responder.action_ledger l ON l.action_key = w.leader_key"
          + " WHERE w.digested_at IS NULL AND w.folded > 0 AND w.ends_at <= ?"
          + " ORDER BY w.ends_at";
  private static final String MARK =
      "UPDATE responder.notification_window SET digested_at = ?"
          + " WHERE id = ? AND digested_at IS NULL";

  private NotificationWindows() {}

  static Optional<Window> latest(Connection connection, WindowKey key) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(LATEST)) {
      query.setString(1, key.value());
      try (ResultSet row = query.executeQuery()) {
        return row.next() ? Optional.of(window(row)) : Optional.empty();
      }
    }
  }

  static void open(
      Connection connection, WindowKey key, String leaderKey, Instant openedAt, Instant endsAt)
      throws SQLException {
    try (PreparedStatement insert = connection.prepareStatement(OPEN)) {
      insert.setString(1, key.value());
      insert.setString(2, key.scope());
      insert.setString(3, leaderKey);
      insert.setTimestamp(4, Timestamp.from(openedAt));
      insert.setTimestamp(5, Timestamp.from(endsAt));
      insert.executeUpdate();
    }
  }

  static void fold(Connection connection, long windowId, String incidentId, boolean named)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(FOLD)) {
      update.setBoolean(1, named);
      update.setString(2, incidentId);
      update.setLong(3, windowId);
      update.executeUpdate();
    }
  }

  static List<DueDigest> due(Connection connection, Instant now) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(DUE)) {
      query.setTimestamp(1, Timestamp.from(now));
      List<DueDigest> due = new ArrayList<>();
      try (ResultSet row = query.executeQuery()) {
        while (row.next()) {
          Window window = window(row);
          LedgerEntry leader = LedgerRows.entry(row);
          Digest digest =
              new Digest(
                  leader.context().runbookId(),
                  row.getString("scope"),
                  window.openedAt(),
                  window.folded(),
                  named(row.getArray("named")));
          due.add(new DueDigest(window.id(), leader, digest));
        }
      }
      return due;
    }
  }

  /** Marks the window's digest claimed; false when it already was. */
  static boolean markDigested(Connection connection, long windowId, Instant now)
      throws SQLException {
    try (PreparedStatement update = connection.prepareStatement(MARK)) {
      update.setTimestamp(1, Timestamp.from(now));
      update.setLong(2, windowId);
      return update.executeUpdate() == 1;
    }
  }

  private static Window window(ResultSet row) throws SQLException {
    return new Window(
        row.getLong("id"),
        row.getTimestamp("opened_at").toInstant(),
        row.getTimestamp("ends_at").toInstant(),
        row.getInt("folded"),
        row.getTimestamp("digested_at") != null);
  }

  private static List<String> named(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
