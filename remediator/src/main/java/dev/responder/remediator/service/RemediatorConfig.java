package dev.responder.remediator.service;

import dev.responder.remediator.adapter.http.HealthUrlOverrides;
import dev.responder.runtime.config.Settings;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The remediator's configuration, read by {@link #fromMap} from {@code RESPONDER_*} entries. The
 * kill switch and dry-run are on when their flag is, or when their file says so (read at every
 * decision, see {@link RuntimeSwitches}). The ledger and outbox live in schema {@code responder} of
 * Responder's own database ({@link LedgerDatabase}, {@code RESPONDER_REMEDIATOR_LEDGER_JDBC_URL}),
 * never in the database a runbook repairs; the CRM connections used for repairs are a small pool
 * opened at start and kept, so they still work when the CRM database refuses new connections. The
 * settings that may carry credentials (database password, Redis URL, webhook URL) may instead be
 * read from the file their {@code _FILE} variant names. {@code toString} masks the passwords, the
 * JDBC URL's among them.
 */
public record RemediatorConfig(
    String bootstrapServers,
    String groupId,
    Path catalog,
    String crmJdbcUrl,
    String crmDatabase,
    String databaseUser,
    String databasePassword,
    String redisUri,
    String kubernetesUrl,
    HealthUrlOverrides healthUrlOverrides,
    URI webhook,
    String handoffChannel,
    String host,
    int port,
    boolean dryRun,
    boolean killSwitch,
    Optional<Path> dryRunFile,
    Optional<Path> killSwitchFile,
    Duration callTimeout,
    Duration approvalTtl,
    Duration maxEventAge,
    int budgetPerRunbook,
    int budgetOverall,
    KafkaClientSecurity kafkaSecurity,
    LedgerDatabase ledger,
    int crmPoolSize,
    Tuning tuning,
    Optional<Path> deliveryConfig) {

  public static RemediatorConfig fromMap(Map<String, String> values) {
    Settings read = new Settings(values);
    String crmJdbcUrl =
        read.required(
            "RESPONDER_CRM_JDBC_URL", "the CRM database, e.g. jdbc:postgresql://db:5432/crm");
    String crmUser = read.required("RESPONDER_CRM_DB_USER", "the database user of the remediator");
    String crmPassword = read.secret("RESPONDER_CRM_DB_PASSWORD").orElse("");
    String ledgerUrl = read.text("RESPONDER_REMEDIATOR_LEDGER_JDBC_URL", null);
    int ledgerPoolSize = read.integer("RESPONDER_REMEDIATOR_LEDGER_POOL_SIZE", 8, 2, 64);
    LedgerDatabase ledger =
        ledgerUrl == null
            ? new LedgerDatabase(crmJdbcUrl, crmUser, crmPassword, ledgerPoolSize, true)
            : new LedgerDatabase(
                ledgerUrl,
                read.required(
                    "RESPONDER_REMEDIATOR_LEDGER_DB_USER", "the user of Responder's own database"),
                read.secret("RESPONDER_REMEDIATOR_LEDGER_DB_PASSWORD").orElse(""),
                ledgerPoolSize,
                false);
    return new RemediatorConfig(
        read.text("RESPONDER_KAFKA_BOOTSTRAP", "localhost:9092"),
        read.text("RESPONDER_REMEDIATOR_GROUP", "responder-remediator"),
        Path.of(read.text("RESPONDER_CATALOG", "runbooks/crm.yaml")),
        crmJdbcUrl,
        read.text("RESPONDER_CRM_DATABASE", "crm"),
        crmUser,
        crmPassword,
        read.requiredSecret("RESPONDER_REDIS_URL", "the CRM's Redis, e.g. redis://redis:6379"),
        read.text("RESPONDER_KUBERNETES_URL", null),
        HealthUrlOverrides.parse(
            read.text("RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES", null),
            "RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES"),
        webhook(
            read.requiredSecret(
                "RESPONDER_NOTIFY_WEBHOOK", "a Slack-compatible incoming webhook URL")),
        read.text("RESPONDER_HANDOFF_CHANNEL", "slack:#crm-incidents"),
        read.text("RESPONDER_REMEDIATOR_HOST", "0.0.0.0"),
        read.port("RESPONDER_REMEDIATOR_PORT", 8082),
        read.flag("RESPONDER_REMEDIATOR_DRY_RUN", false),
        read.flag("RESPONDER_REMEDIATOR_KILL_SWITCH", false),
        Optional.ofNullable(read.text("RESPONDER_REMEDIATOR_DRY_RUN_FILE", null)).map(Path::of),
        Optional.ofNullable(read.text("RESPONDER_REMEDIATOR_KILL_SWITCH_FILE", null)).map(Path::of),
        read.seconds("RESPONDER_REMEDIATOR_CALL_TIMEOUT_SECONDS", 10, 1, 120),
        read.seconds("RESPONDER_REMEDIATOR_APPROVAL_TTL_SECONDS", 1800, 60, 86_400),
        read.duration(
            "RESPONDER_REMEDIATOR_MAX_EVENT_AGE",
            "PT1H",
            Duration.ofMinutes(1),
            Duration.ofDays(7)),
        read.integer("RESPONDER_REMEDIATOR_BUDGET_PER_RUNBOOK", 5, 1, 1000),
        read.integer("RESPONDER_REMEDIATOR_BUDGET_OVERALL", 20, 1, 10_000),
        KafkaClientSecurity.read(read),
        ledger,
        // Kept open from the start: the repairs' connections when the CRM refuses new ones.
        read.integer("RESPONDER_REMEDIATOR_CRM_POOL_SIZE", 2, 1, 16),
        Tuning.read(read),
        // Paging and channel updates (docs/paging.md): off unless a delivery config is named.
        Optional.ofNullable(read.text("RESPONDER_DELIVERY_CONFIG", null)).map(Path::of));
  }

  /** Parses the webhook URL without echoing it: its path is often the credential. */
  private static URI webhook(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "RESPONDER_NOTIFY_WEBHOOK is not a URL: " + e.getReason() + " at index " + e.getIndex());
    }
  }

  /** PostgreSQL's JDBC URL may carry {@code password=} (and {@code sslpassword=}) parameters. */
  private static String maskedJdbcUrl(String url) {
    return url.replaceAll("(?i)password=[^&]*", "password=****");
  }

  @Override
  public String toString() {
    return "RemediatorConfig[kafka=%s (%s), group=%s, catalog=%s, crm=%s/%s as %s (password %s), redis=%s, kubernetes=%s, healthUrlOverrides=%s, webhook=%s://%s, port=%d, dryRun=%s (file %s), killSwitch=%s (file %s), callTimeout=%s, approvalTtl=%s, maxEventAge=%s, budgets=%d/%d per hour, ledger=%s as %s (pool %d%s), crmPool=%d, %s, delivery=%s]"
        .formatted(
            bootstrapServers,
            kafkaSecurity,
            groupId,
            catalog,
            maskedJdbcUrl(crmJdbcUrl),
            crmDatabase,
            databaseUser,
            databasePassword.isEmpty() ? "none" : "****",
            redisUri.replaceAll("//[^@]*@", "//****@"),
            kubernetesUrl == null ? "in-cluster/kubeconfig" : kubernetesUrl,
            healthUrlOverrides.byCatalogUrl(),
            webhook.getScheme(),
            webhook.getHost(),
            port,
            dryRun,
            dryRunFile.map(Path::toString).orElse("none"),
            killSwitch,
            killSwitchFile.map(Path::toString).orElse("none"),
            callTimeout,
            approvalTtl,
            maxEventAge,
            budgetPerRunbook,
            budgetOverall,
            maskedJdbcUrl(ledger.jdbcUrl()),
            ledger.user(),
            ledger.poolSize(),
            ledger.sharesCrmDatabase() ? ", shares the CRM database" : "",
            crmPoolSize,
            tuning,
            deliveryConfig.map(Path::toString).orElse("none"));
  }
}
