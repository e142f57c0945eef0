package dev.responder.sandbox;

import javax.sql.DataSource;

/** A running PostgreSQL server holding the {@code crm} database with the runbook's CRM tables. */
public interface Postgres extends SandboxComponent {

  /** JDBC URL of the {@code crm} database. */
  String jdbcUrl();

  String user();

  String password();

  /** A plain, unpooled data source on the {@code crm} database. */
  DataSource dataSource();

  /** Stops the server and removes its data directory. */
  void stop();

  @Override
  default void close() {
    stop();
  }
}
