package dev.responder.console.projection;

import dev.responder.console.audit.Anchor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The projection's writer: one connection holding the projection's advisory lock (one writer at a
 * time), appending batches of records in one transaction each with the reading positions, so a
 * crash between batches neither loses nor doubles a row.
 */
public final class ProjectionStore implements AutoCloseable {

  /** The advisory lock key of the projection's single writer ("responder.projection"). */
  private static final String LOCK =
      "SELECT pg_try_advisory_lock(hashtext('responder.projection'))";

  private static final String UNLOCK =
      "SELECT pg_advisory_unlock(hashtext('responder.projection'))";

  private final DataSource dataSource;
  private final Connection connection;

  private ProjectionStore(DataSource dataSource, Connection connection) {
    this.dataSource = dataSource;
    this.connection = connection;
  }

  /** Migrates the schema and takes the writer's lock, or throws {@link ProjectionBusyException}. */
  public static ProjectionStore open(DataSource dataSource) throws SQLException {
    Connection connection = dataSource.getConnection();
    boolean lockTaken = false;
    try {
      try (Statement statement = connection.createStatement();
          ResultSet locked = statement.executeQuery(LOCK)) {
        locked.next();
        lockTaken = locked.getBoolean(1);
      }
      if (!lockTaken) {
        throw new ProjectionBusyException();
      }
      ProjectionMigrations.migrate(dataSource);
      connection.setAutoCommit(false);
      return new ProjectionStore(dataSource, connection);
    } catch (SQLException | RuntimeException e) {
      // A half-opened store must not keep the lock: this process could never write again.
      releaseAndClose(connection, lockTaken, e);
      throw e;
    }
  }

  private static void releaseAndClose(Connection connection, boolean locked, Exception failure) {
    try (connection) {
      if (locked) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(UNLOCK);
        }
      }
    } catch (SQLException e) {
      failure.addSuppressed(e);
    }
  }

  /** Drops everything projected so far and migrates the emptied schema again. */
  public void dropAndRecreate() throws SQLException {
    ProjectionMigrations.drop(connection);
    connection.commit();
    ProjectionMigrations.migrate(dataSource);
  }

  /** The next offset to read of every partition read so far. */
  public Map<PartitionRef, Long> positions() throws SQLException {
    Map<PartitionRef, Long> positions = new HashMap<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT topic, \"partition\", next_offset FROM projection.positions")) {
      while (rows.next()) {
        positions.put(new PartitionRef(rows.getString(1), rows.getInt(2)), rows.getLong(3));
      }
    }
    connection.commit();
    return positions;
  }

  /**
   * Appends the batch and moves the positions, in one transaction. A record already projected (same
   * topic, partition and offset) is skipped, so the batch may be written twice without effect.
   *
   * @return how many rows were new, and the heads the batch moved (to be anchored once committed)
   */
  public Appended append(List<ProjectedRecord> batch, Map<PartitionRef, Long> nextOffsets)
      throws SQLException {
    try {
      BatchAppender appender = new BatchAppender(connection);
      int added = appender.append(batch);
      savePositions(nextOffsets);
      connection.commit();
      return new Appended(added, appender.anchors());
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  /** What one committed batch changed: new rows, and the chain and incident heads it moved. */
  public record Appended(int added, List<Anchor> anchors) {}

  private void savePositions(Map<PartitionRef, Long> nextOffsets) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO projection.positions (topic, \"partition\", next_offset) VALUES (?, ?, ?)"
                + " ON CONFLICT (topic, \"partition\") DO UPDATE SET next_offset ="
                + " GREATEST(projection.positions.next_offset, EXCLUDED.next_offset)")) {
      for (Map.Entry<PartitionRef, Long> entry : nextOffsets.entrySet()) {
        upsert.setString(1, entry.getKey().topic());
        upsert.setInt(2, entry.getKey().partition());
        upsert.setLong(3, entry.getValue());
        upsert.addBatch();
      }
      upsert.executeBatch();
    }
  }

  /**
   * Releases the writer's lock before closing: the server ends a closed session's backend, and its
   * locks, only some time after the client has gone, and the next writer must not find it held.
   */
  @Override
  public void close() throws SQLException {
    try (connection) {
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(UNLOCK);
      }
    }
  }
}
