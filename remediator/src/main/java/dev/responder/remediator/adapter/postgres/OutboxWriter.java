package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.ledger.Outbound;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Inserts messages into the outbox inside the caller's transaction, ignoring known message ids. */
final class OutboxWriter {

  private static final String INSERT =
      "INSERT INTO responder.outbox (message_id, topic, record_key, payload, created_at)"
          + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (message_id) DO NOTHING";

  private OutboxWriter() {}

  static void write(Connection connection, List<Outbound> messages, Instant now)
      throws SQLException {
    if (messages.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (Outbound message : messages) {
        insert.setString(1, message.messageId());
        insert.setString(2, message.topic());
        insert.setString(3, message.key());
        insert.setBytes(4, message.payload());
        insert.setTimestamp(5, Timestamp.from(now));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
