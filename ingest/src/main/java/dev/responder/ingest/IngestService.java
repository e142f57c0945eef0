package dev.responder.ingest;

import dev.responder.ingest.http.Authenticator;
import dev.responder.ingest.http.IngestHttpServer;
import dev.responder.ingest.http.ReceiverSettings;
import dev.responder.ingest.kafka.KafkaAlertPublisher;
import dev.responder.ingest.kafka.KafkaReadinessProbe;
import dev.responder.ingest.metrics.IngestMetrics;
import dev.responder.ingest.payload.AlertmanagerWebhookParser;
import dev.responder.ingest.payload.CrmEventParser;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the ingest service: builds the producer, readiness probe, metrics and
 * HTTP server from an {@link IngestConfig}, and closes them in the order that loses nothing (HTTP
 * first, letting in-flight requests finish; then the producer, flushing what it holds).
 */
public final class IngestService implements AutoCloseable {

  private static final String ALERTMANAGER = IngestHttpServer.ALERTMANAGER;
  private static final String EVENTS = IngestHttpServer.EVENTS;

  private static final Logger LOGGER = LoggerFactory.getLogger(IngestService.class);

  private final IngestHttpServer server;
  private final Producer<byte[], byte[]> producer;
  private final KafkaReadinessProbe readiness;
  private final KafkaClientMetrics producerMetrics;

  private IngestService(
      IngestHttpServer server,
      Producer<byte[], byte[]> producer,
      KafkaReadinessProbe readiness,
      KafkaClientMetrics producerMetrics) {
    this.server = server;
    this.producer = producer;
    this.readiness = readiness;
    this.producerMetrics = producerMetrics;
  }

  public static IngestService start(IngestConfig config) throws Exception {
    LOGGER.info("starting ingest with {}", config);
    warnAboutOpenOrClosedEndpoints(config);
    Producer<byte[], byte[]> producer = config.kafka().newProducer();
    KafkaReadinessProbe readiness =
        KafkaReadinessProbe.start(
            config.kafka().bootstrapServers(),
            config.kafka().security(),
            config.readinessInterval(),
            config.kafka().requestTimeout());
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    // The producer's own metrics (kafka_producer_*): records per request and batch sizes show
    // whether requests in flight together share batches.
    KafkaClientMetrics producerMetrics = new KafkaClientMetrics(producer);
    producerMetrics.bindTo(registry);
    ReceiverSettings receivers =
        new ReceiverSettings(
            authenticator(config),
            new KafkaAlertPublisher(producer, config.kafka()),
            new IngestMetrics(registry),
            config.maxBodyBytes(),
            config.retryAfter(),
            Clock.systemUTC(),
            config.answerWithin());
    IngestHttpServer.Routes routes =
        new IngestHttpServer.Routes(
            new AlertmanagerWebhookParser(config.limits()),
            new CrmEventParser(config.limits()),
            receivers,
            readiness,
            registry);
    try {
      IngestHttpServer server =
          IngestHttpServer.start(
              new IngestHttpServer.Listen(
                  config.host(),
                  config.port(),
                  config.server(),
                  config.tls(),
                  config.operationsPort()),
              routes,
              config.kafka().answerBound().plus(Duration.ofSeconds(1)));
      LOGGER.info(
          "ingest listening on {}{}",
          server.uri(),
          server.operationsUri().map(uri -> ", probes and metrics on " + uri).orElse(""));
      return new IngestService(server, producer, readiness, producerMetrics);
    } catch (Exception e) {
      readiness.close();
      producerMetrics.close();
      producer.close(Duration.ZERO);
      throw e;
    }
  }

  private static Authenticator authenticator(IngestConfig config) {
    return new Authenticator(
        Map.of(
            ALERTMANAGER, credentials(config.alertmanager()), EVENTS, credentials(config.events())),
        config.allowAnonymous());
  }

  private static Authenticator.Credentials credentials(SenderCredentials sender) {
    return new Authenticator.Credentials(
        sender.tokens().stream().map(Secret::value).toList(),
        sender.basicUser(),
        sender.basicPassword() == null ? null : sender.basicPassword().value());
  }

  private static void warnAboutOpenOrClosedEndpoints(IngestConfig config) {
    Map.of(ALERTMANAGER, config.alertmanager(), EVENTS, config.events())
        .forEach(
            (endpoint, credentials) -> {
              if (!credentials.isEmpty()) {
                return;
              }
              if (config.allowAnonymous()) {
                LOGGER.warn("no credentials for {}: any sender can post to it", endpoint);
              } else {
                LOGGER.warn(
                    "no credentials for {}: it refuses every sender until some are configured",
                    endpoint);
              }
            });
  }

  /** Where the service listens, e.g. {@code http://127.0.0.1:8080}. */
  public URI uri() {
    return server.uri();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      readiness.close();
      producerMetrics.close();
      producer.close(Duration.ofSeconds(5));
    }
  }
}
