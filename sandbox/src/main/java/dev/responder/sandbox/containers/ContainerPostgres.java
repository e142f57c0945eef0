package dev.responder.sandbox.containers;

import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.postgres.CrmSchema;
import javax.sql.DataSource;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** PostgreSQL 14 in a container, its {@code crm} database initialised by the same SQL script. */
final class ContainerPostgres implements Postgres {

  static final String IMAGE = "postgres:14";

  private final PostgreSQLContainer container;

  private ContainerPostgres(PostgreSQLContainer container) {
    this.container = container;
  }

  static ContainerPostgres startNew() {
    PostgreSQLContainer container =
        new PostgreSQLContainer(IMAGE)
            .withDatabaseName(CrmSchema.DATABASE)
            .withInitScript(CrmSchema.RESOURCE);
    container.start();
    return new ContainerPostgres(container);
  }

  @Override
  public String jdbcUrl() {
    return container.getJdbcUrl();
  }

  @Override
  public String user() {
    return container.getUsername();
  }

  @Override
  public String password() {
    return container.getPassword();
  }

  @Override
  public DataSource dataSource() {
    return CrmSchema.dataSource(jdbcUrl(), user(), password());
  }

  @Override
  public void stop() {
    container.stop();
  }
}
