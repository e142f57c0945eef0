package dev.responder.console.projection;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Data sources for the command line: one PostgreSQL URL carries host, database and credentials. */
public final class Databases {

  private Databases() {}

  /**
   * An unpooled data source for a URL such as {@code
   * jdbc:postgresql://127.0.0.1:5432/crm?user=u&password=p}; fails naming the URL's problem.
   */
  public static DataSource fromUrl(String jdbcUrl) {
    if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException(
          "a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db?user=..&password=..) is needed, got '"
              + jdbcUrl
              + "'");
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setURL(jdbcUrl);
    dataSource.setApplicationName("responder-console");
    return dataSource;
  }

  /** As {@link #fromUrl}, with a user and password given apart (either null: the URL's). */
  public static DataSource fromUrl(String jdbcUrl, String user, String password) {
    PGSimpleDataSource dataSource = (PGSimpleDataSource) fromUrl(jdbcUrl);
    if (user != null) {
      dataSource.setUser(user);
    }
    if (password != null) {
      dataSource.setPassword(password);
    }
    return dataSource;
  }
}
