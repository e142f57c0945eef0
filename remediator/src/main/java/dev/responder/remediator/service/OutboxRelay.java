package dev.responder.remediator.service;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the outbox to Kafka in order, and marks rows published only after the broker
 * acknowledged them (idempotent producer, acks=all). A crash between the acknowledgement and the
 * mark re-sends those rows: each record carries its outbox message id in the header {@value
 * #MESSAGE_ID_HEADER} (the outcome id for outcomes), by which a reader drops the copy.
 */
final class OutboxRelay {

  static final String MESSAGE_ID_HEADER = "responder.message-id";

  private static final Logger LOGGER = LoggerFactory.getLogger(OutboxRelay.class);
  private static final String PENDING =
      "SELECT id, message_id, topic, record_key, payload FROM responder.outbox"
          + " WHERE published_at IS NULL ORDER BY id LIMIT ?";
  private static final String MARK =
      "UPDATE responder.outbox SET published_at = ? WHERE id = ANY (?)";

  private final DataSource dataSource;
  private final Producer<String, byte[]> producer;
  private final Clock clock;
  private final int batchSize;

  OutboxRelay(
      DataSource dataSource, Producer<String, byte[]> producer, Clock clock, int batchSize) {
    this.dataSource = dataSource;
    this.producer = producer;
    this.clock = clock;
    this.batchSize = batchSize;
  }

  /** Publishes one batch of pending messages; returns how many were published. */
  int publishPending() throws SQLException, InterruptedException {
    try (Connection connection = dataSource.getConnection()) {
      List<Long> ids = new ArrayList<>();
      List<Future<RecordMetadata>> sends = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement(PENDING)) {
        query.setInt(1, batchSize);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong("id"));
            ProducerRecord<String, byte[]> record =
                new ProducerRecord<>(
                    rows.getString("topic"),
                    rows.getString("record_key"),
                    rows.getBytes("payload"));
            record
                .headers()
                .add(
                    MESSAGE_ID_HEADER,
                    rows.getString("message_id").getBytes(StandardCharsets.UTF_8));
            sends.add(producer.send(record));
          }
        }
      }
      if (ids.isEmpty()) {
        return 0;
      }
      awaitAcknowledgements(sends);
      try (PreparedStatement mark = connection.prepareStatement(MARK)) {
        mark.setTimestamp(1, Timestamp.from(clock.instant()));
        mark.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
        mark.executeUpdate();
      }
      LOGGER.debug("Published {} outbox messages", ids.size());
      return ids.size();
    }
  }

  private static void awaitAcknowledgements(List<Future<RecordMetadata>> sends)
      throws InterruptedException {
    for (Future<RecordMetadata> send : sends) {
      try {
        send.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException(
            "Kafka did not acknowledge an outbox message: " + e.getCause(), e.getCause());
      }
    }
  }
}
