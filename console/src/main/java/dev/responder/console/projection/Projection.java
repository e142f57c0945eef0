package dev.responder.console.projection;

import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;

/**
 * The projection's two batch operations: catch up with the log, and rebuild from offset 0. Both
 * take the single writer's lock for their duration.
 */
public final class Projection {

  private final DataSource dataSource;
  private final AuditTopics topics;
  private final String bootstrapServers;
  private final KafkaClientSecurity security;

  /** A projection of a plain-text broker (local mode, tests). */
  public Projection(DataSource dataSource, AuditTopics topics, String bootstrapServers) {
    this(dataSource, topics, bootstrapServers, KafkaClientSecurity.PLAINTEXT);
  }

  public Projection(
      DataSource dataSource,
      AuditTopics topics,
      String bootstrapServers,
      KafkaClientSecurity security) {
    this.dataSource = dataSource;
    this.topics = topics;
    this.bootstrapServers = bootstrapServers;
    this.security = security;
  }

  /** Projects what was written since the last run; returns the number of new rows. */
  public long catchUp(ProgressListener progress) throws SQLException {
    try (ProjectionStore store = ProjectionStore.open(dataSource);
        Projector projector = new Projector(topics, bootstrapServers, security, store)) {
      return projector.catchUp(progress);
    }
  }

  /** Drops the projection and projects the whole log again from offset 0. */
  public long rebuild(ProgressListener progress) throws SQLException {
    try (ProjectionStore store = ProjectionStore.open(dataSource);
        Projector projector = new Projector(topics, bootstrapServers, security, store)) {
      store.dropAndRecreate();
      return projector.catchUp(progress);
    }
  }

  /**
   * Projects continuously until {@code stop} says so (the projection service), telling {@code
   * status} how far it has come.
   */
  public void follow(BooleanSupplier stop, ProjectionStatus status) throws SQLException {
    try (ProjectionStore store = ProjectionStore.open(dataSource);
        Projector projector = new Projector(topics, bootstrapServers, security, store)) {
      projector.follow(stop, status);
    }
  }
}
