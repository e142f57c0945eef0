package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.responder.sandbox.Postgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A database of its own on the sandbox's PostgreSQL, with the CRM's tables, for applying a role
 * script from {@code deploy/postgres/}: the roles' grants stay apart from the shared {@code crm}
 * database, and dropping it (and the roles) leaves the sandbox as it was.
 */
final class RoleTestDatabase {

  private final Postgres postgres;
  private final String name;
  private final List<String> roles;

  private RoleTestDatabase(Postgres postgres, String name, List<String> roles) {
    this.postgres = postgres;
    this.name = name;
    this.roles = roles;
  }

  /**
   * Creates the database with the CRM's tables and applies {@code script} twice (operators re-apply
   * it on upgrades); {@code roles} are the roles the script creates, dropped by {@link #drop}.
   */
  static RoleTestDatabase create(Postgres postgres, String name, String script, List<String> roles)
      throws SQLException {
    try (Connection admin = postgres.dataSource().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + name);
    }
    RoleTestDatabase database = new RoleTestDatabase(postgres, name, roles);
    String roleScript = DeployFiles.read(DeployFiles.deploy("postgres/" + script));
    try (Connection admin = database.asSuperuser();
        Statement sql = admin.createStatement()) {
      sql.execute(crmSchema());
      sql.execute(roleScript);
      sql.execute(roleScript);
    }
    return database;
  }

  String name() {
    return name;
  }

  String jdbcUrl() {
    return postgres.jdbcUrl().replaceFirst("/crm(\\?|$)", "/" + name + "$1");
  }

  Connection asSuperuser() throws SQLException {
    return DriverManager.getConnection(jdbcUrl(), postgres.user(), postgres.password());
  }

  /** Runs statements as the superuser: passwords, other roles, the CRM's rows. */
  void execute(String... statements) throws SQLException {
    try (Connection admin = asSuperuser();
        Statement sql = admin.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }

  /** Drops the database, then the script's roles and {@code otherRoles}. */
  void drop(String... otherRoles) throws SQLException {
    try (Connection admin = postgres.dataSource().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE " + name + " WITH (FORCE)");
      for (String role : roles) {
        sql.execute("DROP ROLE " + role);
      }
      for (String role : otherRoles) {
        sql.execute("DROP ROLE " + role);
      }
    }
  }

  /** Asserts that PostgreSQL refuses {@code statement} for want of privilege (SQLSTATE 42501). */
  static void assertRefused(Statement sql, String statement) {
    assertThatThrownBy(() -> sql.execute(statement))
        .as(statement)
        .isInstanceOf(SQLException.class)
        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
  }

  private static String crmSchema() {
    try (InputStream in =
        RoleTestDatabase.class.getResourceAsStream(
            "/dev/responder/sandbox/postgres/crm-schema.sql")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
