package dev.responder.app.local;

import dev.responder.remediator.service.RemediatorConfig;
import dev.responder.remediator.service.RemediatorService;
import dev.responder.sandbox.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The remediator in local mode: the sandbox's PostgreSQL (the CRM database, and a second database
 * {@code responder} on the same server for the ledger and outbox, as Responder's own), Redis and
 * Kubernetes API, the derived catalog, the simulator's chat webhook for notifications, and a
 * loopback PagerDuty for pages ({@link LocalPaging}). Other {@code RESPONDER_REMEDIATOR_*} tuning
 * from the environment is kept (a dry run, budgets).
 */
final class LocalRemediator {

  /** Responder's own database in local mode, on the sandbox's server. */
  static final String LEDGER_DATABASE = "responder";

  private LocalRemediator() {}

  static LocalService start(LocalContext context) throws Exception {
    Postgres postgres = context.postgres();
    Map<String, String> settings = new HashMap<>(System.getenv());
    settings.put("RESPONDER_KAFKA_BOOTSTRAP", context.kafka().bootstrapServers());
    settings.put("RESPONDER_CATALOG", context.catalog().toString());
    settings.put("RESPONDER_CRM_JDBC_URL", postgres.jdbcUrl());
    settings.put("RESPONDER_CRM_DB_USER", postgres.user());
    settings.put("RESPONDER_CRM_DB_PASSWORD", postgres.password());
    settings.put("RESPONDER_REMEDIATOR_LEDGER_JDBC_URL", ownDatabase(postgres));
    settings.put("RESPONDER_REMEDIATOR_LEDGER_DB_USER", postgres.user());
    settings.put("RESPONDER_REMEDIATOR_LEDGER_DB_PASSWORD", postgres.password());
    settings.put("RESPONDER_REDIS_URL", context.redis().uri());
    settings.put("RESPONDER_KUBERNETES_URL", context.kubernetes().url());
    settings.put("RESPONDER_NOTIFY_WEBHOOK", context.simulator().notifyWebhookUrl().toString());
    settings.put("RESPONDER_REMEDIATOR_HOST", "127.0.0.1");
    settings.put("RESPONDER_REMEDIATOR_PORT", "0");
    LocalPaging paging = LocalPaging.start(context.catalog());
    settings.put("RESPONDER_DELIVERY_CONFIG", paging.config().toString());
    RemediatorService service;
    try {
      service = RemediatorService.start(RemediatorConfig.fromMap(settings), Clock.systemUTC());
    } catch (RuntimeException e) {
      paging.close();
      throw e;
    }
    return new RunningService(
        "remediator",
        service.uri(),
        () -> {
          service.close();
          paging.close();
        });
  }

  /** Creates database {@value #LEDGER_DATABASE} beside the CRM's once; its JDBC URL. */
  static String ownDatabase(Postgres postgres) throws SQLException {
    try (Connection connection = postgres.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      boolean exists;
      try (ResultSet row =
          statement.executeQuery(
              "SELECT 1 FROM pg_database WHERE datname = '" + LEDGER_DATABASE + "'")) {
        exists = row.next();
      }
      if (!exists) {
        statement.execute("CREATE DATABASE " + LEDGER_DATABASE);
      }
    }
    String crm = postgres.jdbcUrl();
    int query = crm.indexOf('?');
    String base = query < 0 ? crm : crm.substring(0, query);
    return base.substring(0, base.lastIndexOf('/') + 1)
        + LEDGER_DATABASE
        + (query < 0 ? "" : crm.substring(query));
  }
}
