package dev.responder.app.local;

import dev.responder.console.web.ConsoleConfig;
import dev.responder.console.web.ConsoleServer;
import dev.responder.sandbox.Postgres;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The web console and the public status page in local mode, on loopback and any free port. No
 * projection service runs locally, so the console keeps the projection current itself (the status
 * page then changes within about a second of an incident's change). Every change it offers goes to
 * the local operator API.
 */
final class LocalConsole {

  private LocalConsole() {}

  /** Where the console sends changes when local mode runs no operator API: nothing answers. */
  static final URI NO_OPERATOR_API = URI.create("http://127.0.0.1:9");

  static LocalService start(LocalContext context, URI operatorApi) {
    Postgres postgres = context.postgres();
    Map<String, String> settings = new HashMap<>(System.getenv());
    settings.put(ConsoleConfig.HOST, "127.0.0.1");
    settings.put(ConsoleConfig.PORT, "0");
    settings.put(ConsoleConfig.JDBC_URL, postgres.jdbcUrl());
    settings.put(ConsoleConfig.DB_USER, postgres.user());
    settings.put(ConsoleConfig.DB_PASSWORD, postgres.password());
    settings.put(ConsoleConfig.OPERATOR_API, operatorApi.toString());
    settings.put(ConsoleConfig.CATALOG, context.catalog().toString());
    settings.put(ConsoleConfig.BOOTSTRAP, context.kafka().bootstrapServers());
    settings.put(ConsoleConfig.PROJECT, "true");
    settings.remove(ConsoleConfig.PUBLIC_URL);
    settings.remove(ConsoleConfig.DB_PASSWORD + "_FILE");
    ConsoleServer console = ConsoleServer.start(ConsoleConfig.fromMap(settings));
    return new RunningService("web", console.uri(), console::close);
  }
}
