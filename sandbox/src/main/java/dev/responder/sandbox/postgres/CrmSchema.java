package dev.responder.sandbox.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The CRM tables the runbook queries ({@code "SocialPost"}, {@code "SocialConnection"}, {@code
 * "SyncLog"}), from one SQL script that the containers mode also uses as its init script.
 */
public final class CrmSchema {

  /** Classpath location of the script. */
  public static final String RESOURCE = "dev/responder/sandbox/postgres/crm-schema.sql";

  /** The database the runbook's queries run against. */
  public static final String DATABASE = "crm";

  private CrmSchema() {}

  static void apply(DataSource crm) {
    try (Connection connection = crm.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(script());
    } catch (SQLException e) {
      throw new IllegalStateException("could not create the CRM tables from " + RESOURCE, e);
    }
  }

  /** A plain, unpooled data source: each {@code getConnection()} opens a new connection. */
  public static DataSource dataSource(String jdbcUrl, String user, String password) {
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(jdbcUrl);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  private static String script() {
    try (InputStream in = CrmSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }
}
