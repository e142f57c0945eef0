package dev.responder.console.service;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.Databases;
import dev.responder.console.projection.Projection;
import dev.responder.console.projection.ProjectionStatus;
import dev.responder.runtime.http.OperationsEndpoints;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projection following the audit topics, with {@code /livez}, {@code /readyz} (200 while the
 * projection follows the log and PostgreSQL answers) and {@code /metrics}, served by the {@link
 * OperationsEndpoints} every service shares.
 */
public final class ProjectionService implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(ProjectionService.class);

  private final DataSource dataSource;
  private final Projection projection;
  private final ProjectionStatus status = new ProjectionStatus();
  private final OperationsEndpoints endpoints;

  private ProjectionService(ProjectionServiceConfig config, AuditTopics topics) {
    this.dataSource = dataSource(config);
    this.projection =
        new Projection(dataSource, topics, config.bootstrapServers(), config.kafkaSecurity());
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    FunctionCounter.builder(
            "responder_projection_records_read", status, ProjectionStatus::recordsRead)
        .description("Audit records read and projected since the process started")
        .register(registry);
    Gauge.builder("responder_projection_lag_records", status, ProjectionStatus::lag)
        .description("Audit records not projected yet (-1 until every partition was fetched)")
        .register(registry);
    this.endpoints = OperationsEndpoints.start(config.httpPort(), this::ready, registry);
  }

  /** Starts the endpoints for the standard audit topics; {@link #follow} then projects. */
  public static ProjectionService start(ProjectionServiceConfig config) {
    return start(config, AuditTopics.standard());
  }

  /** As {@link #start(ProjectionServiceConfig)}, on topics of their own (tests). */
  public static ProjectionService start(ProjectionServiceConfig config, AuditTopics topics) {
    ProjectionService service = new ProjectionService(config, topics);
    LOGGER.info("projection service {} on port {}", config, service.port());
    return service;
  }

  /** Projects in the calling thread until {@code stop} says so. */
  public void follow(BooleanSupplier stop) throws SQLException {
    projection.follow(stop, status);
  }

  /** The port of the health and metrics endpoints. */
  public int port() {
    return endpoints.port();
  }

  private boolean ready() {
    if (!status.following()) {
      return false;
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(2);
    } catch (SQLException e) {
      LOGGER.warn("not ready: the projection database does not answer ({})", e.getMessage());
      return false;
    }
  }

  private static DataSource dataSource(ProjectionServiceConfig config) {
    return Databases.fromUrl(config.jdbcUrl(), config.user(), config.password());
  }

  @Override
  public void close() {
    endpoints.close();
  }
}
