package dev.responder.remediator.service;

import com.zaxxer.hikari.HikariDataSource;
import dev.responder.planning.CatalogPlanner;
import dev.responder.remediator.adapter.delivery.ContactRouter;
import dev.responder.remediator.adapter.delivery.DeliveryConfig;
import dev.responder.remediator.adapter.http.JdkHealthProbe;
import dev.responder.remediator.adapter.http.SlackWebhookNotifier;
import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.adapter.postgres.LedgerMigrations;
import dev.responder.remediator.adapter.postgres.PostgresCrmDatabase;
import dev.responder.remediator.adapter.postgres.PostgresLedger;
import dev.responder.remediator.adapter.postgres.PostgresOutbox;
import dev.responder.remediator.adapter.postgres.PostgresPools;
import dev.responder.remediator.adapter.redis.LettuceRedisQueues;
import dev.responder.remediator.crm.AccountOwnerNotices;
import dev.responder.remediator.engine.CallSettings;
import dev.responder.remediator.engine.EngineSettings;
import dev.responder.remediator.engine.FailurePoint;
import dev.responder.remediator.engine.Remediator;
import dev.responder.remediator.engine.Sleeper;
import dev.responder.remediator.engine.Systems;
import dev.responder.remediator.guard.RateBudget;
import dev.responder.remediator.pager.PagerService;
import dev.responder.remediator.port.Notifier;
import dev.responder.runtime.http.Liveness;
import dev.responder.runtime.http.OperationsEndpoints;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.operation.TargetKind;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: builds the clients from the configuration, migrates the ledger, wires the
 * engine, and runs the consumer loop on its own thread with the health endpoints beside it.
 */
public final class RemediatorService implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(RemediatorService.class);

  private final HikariDataSource ledgerPool;
  private final HikariDataSource crmPool;
  private final KubernetesClient kubernetes;
  private final LettuceRedisQueues redis;
  private final OutboxRelay relay;
  private final Remediator remediator;
  private final RemediatorLoop loop;
  private final Thread thread;
  private final OperationsEndpoints endpoints;
  private final KafkaClientMetrics consumerMetrics;
  private final Optional<PagerService> pager;

  private RemediatorService(RemediatorConfig config, Catalog catalog, Clock clock) {
    LOGGER.info("Starting remediator with {} and catalog {}", config, catalog.version());
    OpenedResources opened = new OpenedResources();
    try {
      LedgerDatabase ledger = config.ledger();
      if (ledger.sharesCrmDatabase()) {
        LOGGER.warn(
            "The ledger shares the CRM database: set RESPONDER_REMEDIATOR_LEDGER_JDBC_URL to"
                + " Responder's own, so an exhausted CRM database cannot starve its repair");
      }
      ledgerPool =
          opened.add(
              PostgresPools.create(
                  "remediator-ledger",
                  ledger.jdbcUrl(),
                  ledger.user(),
                  ledger.password(),
                  ledger.poolSize(),
                  config.callTimeout()));
      LedgerMigrations.migrate(ledgerPool);
      crmPool =
          opened.add(
              PostgresPools.reserved(
                  "remediator-crm",
                  config.crmJdbcUrl(),
                  config.databaseUser(),
                  config.databasePassword(),
                  config.crmPoolSize(),
                  config.callTimeout()));
      kubernetes = opened.add(ServiceClients.kubernetes(config));
      redis = opened.add(new LettuceRedisQueues(config.redisUri(), config.callTimeout()));
      Optional<DeliveryConfig> delivery =
          config.deliveryConfig().map(file -> DeliveryConfig.load(file, config.callTimeout()));
      Notifier notifier = notifier(config, delivery, clock);
      RuntimeSwitches switches =
          new RuntimeSwitches(
              config.killSwitch(), config.killSwitchFile(), config.dryRun(), config.dryRunFile());
      remediator =
          opened.add(
              new Remediator(
                  new CatalogPlanner(catalog),
                  new PostgresLedger(ledgerPool),
                  systems(config, catalog, clock, notifier),
                  engineSettings(config, switches),
                  clock,
                  Sleeper.REAL,
                  FailurePoint.NONE));
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      ServiceGauges.switches(registry, switches);
      ServiceGauges.circuits(registry, remediator);
      pager = pager(config, delivery, catalog, notifier, clock, registry).map(opened::add);
      relay =
          opened.add(
              new OutboxRelay(
                  new PostgresOutbox(ledgerPool),
                  new RelayClients(
                      config.bootstrapServers(),
                      RemediatorKafka.transactionalId(config),
                      config.kafkaSecurity()),
                  clock,
                  config.tuning().outboxBatch(),
                  OutboxRelay.CrashPoint.NONE,
                  registry));
      KafkaConsumer<String, byte[]> consumer =
          opened.add(
              new KafkaConsumer<>(
                  ServiceClients.consumerProperties(config),
                  new StringDeserializer(),
                  new ByteArrayDeserializer()));
      // Exports the consumer's own metrics, among them its lag (records-lag-max).
      consumerMetrics = opened.add(new KafkaClientMetrics(consumer));
      consumerMetrics.bindTo(registry);
      loop =
          new RemediatorLoop(
              consumer,
              remediator,
              relay,
              new FailureStreak(
                  config.tuning().failureBackoff(), config.tuning().failureMaxBackoff()),
              registry);
      // Bound before the loop starts: a port in use stops the start before anything is acted on.
      endpoints =
          opened.add(
              OperationsEndpoints.start(
                  config.host(), config.port(), this::liveness, loop::isReady, registry));
      thread = new Thread(loop, "remediator-loop");
      thread.start();
    } catch (RuntimeException e) {
      opened.closeAfter(e);
      throw new IllegalStateException("the remediator could not start: " + e.getMessage(), e);
    }
  }

  /** The delivery adapters when a delivery config is named, else the single webhook of old. */
  private static Notifier notifier(
      RemediatorConfig config, Optional<DeliveryConfig> delivery, Clock clock) {
    Notifier webhook = new SlackWebhookNotifier(config.webhook(), config.callTimeout());
    return delivery
        .<Notifier>map(found -> ContactRouter.of(found, config.callTimeout(), clock, webhook))
        .orElse(webhook);
  }

  private static Optional<PagerService> pager(
      RemediatorConfig config,
      Optional<DeliveryConfig> delivery,
      Catalog catalog,
      Notifier notifier,
      Clock clock,
      PrometheusMeterRegistry registry) {
    if (delivery.isEmpty() || !(notifier instanceof ContactRouter router)) {
      return Optional.empty();
    }
    return Optional.of(
        new PagerService(
            new PagerService.Kafka(
                config.bootstrapServers(),
                RemediatorKafka.pagerGroupId(config),
                config.kafkaSecurity()),
            catalog,
            delivery.get(),
            router,
            clock,
            registry));
  }

  private Systems systems(
      RemediatorConfig config, Catalog catalog, Clock clock, Notifier notifier) {
    var crm =
        new PostgresCrmDatabase(
            crmPool, config.crmDatabase(), config.callTimeout(), clock, catalog.crmSchema());
    return new Systems(
        new Fabric8KubernetesCluster(kubernetes),
        redis,
        crm,
        new JdkHealthProbe(config.callTimeout(), config.healthUrlOverrides()),
        // Outermost, so a message to the account owners is split per owner before delivery.
        new AccountOwnerNotices(notifier, crm, config.crmDatabase(), catalog.accountOwners()));
  }

  private static EngineSettings engineSettings(RemediatorConfig config, RuntimeSwitches switches) {
    return new EngineSettings(
        switches,
        new RateBudget(config.budgetPerRunbook(), config.budgetOverall(), Duration.ofHours(1)),
        config.approvalTtl(),
        config.handoffChannel(),
        new CallSettings(
            config.callTimeout(),
            config.tuning().retry(),
            config.tuning().circuitThreshold(),
            config.tuning().circuitOpenFor()),
        config.maxEventAge());
  }

  /**
   * Loads the catalog and starts the service. A wrong catalog or setting throws {@link
   * IllegalArgumentException} (naming every problem); a dependency that cannot be reached, a port
   * in use or any other failure to start throws {@link IllegalStateException}, after closing what
   * was already opened.
   */
  public static RemediatorService start(RemediatorConfig config, Clock clock) {
    Catalog catalog = CatalogLoader.require(config.catalog());
    List<String> strangers =
        config
            .healthUrlOverrides()
            .notAllowlisted(catalog.allowlists().of(TargetKind.HEALTH_ENDPOINT));
    if (!strangers.isEmpty()) {
      throw new IllegalArgumentException(
          "RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES maps "
              + strangers
              + ", not in the catalog's allowlists.healthEndpoints "
              + catalog.allowlists().of(TargetKind.HEALTH_ENDPOINT));
    }
    return new RemediatorService(config, catalog, clock);
  }

  public URI uri() {
    return endpoints.uri();
  }

  /** Alive while the consumer loop runs: once it has stopped, only a restart brings it back. */
  private Liveness liveness() {
    if (pager.isPresent() && !pager.get().isRunning()) {
      return Liveness.dead("the pager's loop has stopped");
    }
    return loop.isRunning() ? Liveness.ALIVE : Liveness.dead("the remediator's loop has stopped");
  }

  @Override
  public void close() {
    pager.ifPresent(PagerService::close);
    loop.stop();
    try {
      thread.join(Duration.ofSeconds(10).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    endpoints.close();
    consumerMetrics.close();
    remediator.close();
    relay.close();
    redis.close();
    kubernetes.close();
    crmPool.close();
    ledgerPool.close();
  }
}
