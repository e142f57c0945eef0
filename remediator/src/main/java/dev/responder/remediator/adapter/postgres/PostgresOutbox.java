package dev.responder.remediator.adapter.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The relay's side of the outbox: pending messages in id order, and marking them published together
 * with the relay's low-water marks (per topic partition, the offset after the last record it
 * published and marked), in one transaction.
 */
public final class PostgresOutbox {

  private static final String PENDING =
      "SELECT id, message_id, topic, record_key, payload FROM responder.outbox"
          + " WHERE published_at IS NULL ORDER BY id LIMIT ?";
  private static final String PENDING_TOPICS =
      "SELECT DISTINCT topic FROM responder.outbox WHERE published_at IS NULL";
  private static final String MARK_IDS =
      "UPDATE responder.outbox SET published_at = ? WHERE id = ANY (?) AND published_at IS NULL";
  private static final String MARK_MESSAGE_IDS =
      "UPDATE responder.outbox SET published_at = ?"
          + " WHERE message_id = ANY (?) AND published_at IS NULL";
  private static final String OFFSETS =
      "SELECT topic, partition, next_offset FROM responder.outbox_offsets WHERE topic = ANY (?)";
  private static final String ADVANCE =
      "INSERT INTO responder.outbox_offsets (topic, partition, next_offset) VALUES (?, ?, ?)"
          + " ON CONFLICT (topic, partition)"
          + " DO UPDATE SET next_offset = GREATEST(outbox_offsets.next_offset, EXCLUDED.next_offset)";

  /** A message waiting to be published. */
  public record Pending(long id, String messageId, String topic, String key, byte[] payload) {}

  /** The offset after the last record the relay published and marked on one topic partition. */
  public record LowWaterMark(String topic, int partition, long nextOffset) {}

  private final Transactions transactions;

  public PostgresOutbox(DataSource dataSource) {
    this.transactions = new Transactions(dataSource);
  }

  /** Up to {@code limit} unpublished messages, oldest first. */
  public List<Pending> pending(int limit) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(PENDING)) {
            query.setInt(1, limit);
            List<Pending> pending = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                pending.add(
                    new Pending(
                        rows.getLong("id"),
                        rows.getString("message_id"),
                        rows.getString("topic"),
                        rows.getString("record_key"),
                        rows.getBytes("payload")));
              }
            }
            return pending;
          }
        });
  }

  /** The topics that unpublished messages go to. */
  public Set<String> pendingTopics() {
    return transactions.inTransaction(
        connection -> {
          Set<String> topics = new HashSet<>();
          try (PreparedStatement query = connection.prepareStatement(PENDING_TOPICS);
              ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
              topics.add(rows.getString(1));
            }
          }
          return topics;
        });
  }

  /** The stored low-water marks of these topics' partitions (none for a partition never used). */
  public List<LowWaterMark> lowWaterMarks(Collection<String> topics) {
    return transactions.inTransaction(
        connection -> {
          try (PreparedStatement query = connection.prepareStatement(OFFSETS)) {
            query.setArray(1, connection.createArrayOf("text", topics.toArray()));
            List<LowWaterMark> marks = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                marks.add(new LowWaterMark(rows.getString(1), rows.getInt(2), rows.getLong(3)));
              }
            }
            return marks;
          }
        });
  }

  /** Marks the rows with these ids published and advances the low-water marks. */
  public void markPublished(List<Long> ids, List<LowWaterMark> marks, Instant now) {
    mark(MARK_IDS, "bigint", ids, marks, now);
  }

  /** Marks the rows with these message ids published (found on Kafka) and advances the marks. */
  public int markPublishedByMessageId(
      Collection<String> messageIds, List<LowWaterMark> marks, Instant now) {
    return mark(MARK_MESSAGE_IDS, "text", messageIds, marks, now);
  }

  private int mark(
      String update, String type, Collection<?> values, List<LowWaterMark> marks, Instant now) {
    return transactions.inTransaction(
        connection -> {
          int marked;
          try (PreparedStatement statement = connection.prepareStatement(update)) {
            statement.setTimestamp(1, Timestamp.from(now));
            statement.setArray(2, connection.createArrayOf(type, values.toArray()));
            marked = statement.executeUpdate();
          }
          advance(connection, marks);
          return marked;
        });
  }

  private static void advance(Connection connection, List<LowWaterMark> marks) throws SQLException {
    if (marks.isEmpty()) {
      return;
    }
    try (PreparedStatement upsert = connection.prepareStatement(ADVANCE)) {
      for (LowWaterMark mark : marks) {
        upsert.setString(1, mark.topic());
        upsert.setInt(2, mark.partition());
        upsert.setLong(3, mark.nextOffset());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }
}
