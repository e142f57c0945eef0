package dev.responder.app.history;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.Databases;
import dev.responder.console.projection.Projection;
import dev.responder.console.projection.ProjectionBusyException;
import java.io.IOException;
import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Opens the projection for a query command and brings it up to date first: when Kafka is known and
 * no projection service holds the writer's lock, it catches up with the log; when one does, that
 * service keeps it current already.
 */
final class Projections {

  private Projections() {}

  static DataSource upToDate(HistoryEndpoints endpoints, boolean sync, PrintWriter err)
      throws IOException, SQLException {
    DataSource dataSource = Databases.fromUrl(endpoints.jdbcUrl());
    Optional<String> kafka = endpoints.kafka();
    if (sync && kafka.isPresent()) {
      try {
        new Projection(dataSource, AuditTopics.standard(), kafka.get(), endpoints.kafkaSecurity())
            .catchUp(new ProgressPrinter(err, "projecting the log"));
      } catch (ProjectionBusyException e) {
        // A running projection service is the writer; its tables are current.
      }
    }
    return dataSource;
  }
}
