package dev.responder.app.local;

import dev.responder.remediator.service.RemediatorConfig;
import dev.responder.remediator.service.RemediatorService;
import dev.responder.sandbox.Postgres;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * The remediator in local mode: the sandbox's PostgreSQL (CRM database and ledger), Redis and
 * Kubernetes API, the derived catalog, the simulator's chat webhook for notifications, and a
 * loopback PagerDuty for pages ({@link LocalPaging}). Other {@code RESPONDER_REMEDIATOR_*} tuning
 * from the environment is kept (a dry run, budgets).
 */
final class LocalRemediator {

  private LocalRemediator() {}

  static LocalService start(LocalContext context) throws Exception {
    Postgres postgres = context.postgres();
    Map<String, String> settings = new HashMap<>(System.getenv());
    settings.put("RESPONDER_KAFKA_BOOTSTRAP", context.kafka().bootstrapServers());
    settings.put("RESPONDER_CATALOG", context.catalog().toString());
    settings.put("RESPONDER_CRM_JDBC_URL", postgres.jdbcUrl());
    settings.put("RESPONDER_CRM_DB_USER", postgres.user());
    settings.put("RESPONDER_CRM_DB_PASSWORD", postgres.password());
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
}
