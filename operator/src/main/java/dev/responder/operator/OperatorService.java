package dev.responder.operator;

import dev.responder.operator.auth.Users;
import dev.responder.operator.auth.UsersFile;
import dev.responder.operator.domain.CommandDesk;
import dev.responder.operator.domain.OnCallDesk;
import dev.responder.operator.domain.OperatorView;
import dev.responder.operator.domain.SilenceDesk;
import dev.responder.operator.http.OperatorHttpServer;
import dev.responder.operator.kafka.CommandWriter;
import dev.responder.operator.kafka.ViewFollower;
import dev.responder.runtime.kafka.KafkaAccess;
import dev.responder.runtime.oncall.RefreshingCalendar;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.OnCallSource;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.topics.Topics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root of the operator API: loads users and catalog, starts the view's follower,
 * the command producer and the HTTP server, and closes them HTTP first (requests in flight finish),
 * then the producer, then the follower.
 */
public final class OperatorService implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(OperatorService.class);

  private final OperatorHttpServer server;
  private final Producer<String, Command> producer;
  private final ViewFollower follower;

  private OperatorService(
      OperatorHttpServer server, Producer<String, Command> producer, ViewFollower follower) {
    this.server = server;
    this.producer = producer;
    this.follower = follower;
  }

  /** What the operator API does on Kafka: reads three topics, writes the commands, no group. */
  public static KafkaAccess kafkaAccess() {
    return new KafkaAccess(
        Set.of(Topics.INCIDENTS.name(), Topics.OUTCOMES.name(), Topics.COMMANDS.name()),
        Set.of(Topics.COMMANDS.name()),
        Set.of(),
        Set.of());
  }

  public static OperatorService start(OperatorConfig config, Clock clock) throws Exception {
    LOGGER.info("starting the operator API with {}", config);
    Users users = UsersFile.load(config.usersFile());
    Catalog catalog = CatalogLoader.require(config.catalog());
    // Read now (a bad file stops the start, naming it), then re-read off the request threads.
    Optional<RefreshingCalendar> onCallCalendar =
        catalog
            .onCall()
            .calendar()
            .map(
                name ->
                    RefreshingCalendar.besideCatalog(
                            config.catalog(), name, catalog.onCall().zone())
                        .startRefreshing(RefreshingCalendar.REFRESH_EVERY));
    OnCallSource calendar =
        onCallCalendar.<OnCallSource>map(c -> c::personAt).orElse(OnCallSource.NONE);
    OperatorView view = new OperatorView(config.approvalTtl());
    ViewFollower follower = new ViewFollower(consumer(config), view, clock);
    follower.start();
    Producer<String, Command> producer = producer(config);
    try {
      PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
      onCallCalendar.ifPresent(c -> c.bindTo(registry));
      java.util.function.Supplier<String> ids = () -> UUID.randomUUID().toString();
      OperatorHttpServer.Wiring wiring =
          new OperatorHttpServer.Wiring(
              users,
              view,
              new CommandDesk(view, catalog, clock, ids),
              new SilenceDesk(view, clock, ids, config.maxSilence()),
              new OnCallDesk(view, catalog, calendar, clock, ids),
              new CommandWriter(producer, config.kafkaTimeout()),
              follower::caughtUp,
              registry,
              clock);
      OperatorHttpServer server =
          OperatorHttpServer.start(
              config.host(), config.port(), wiring, config.kafkaTimeout().plusSeconds(1));
      LOGGER.info("operator API listening on {} for {} users", server.uri(), users.size());
      return new OperatorService(server, producer, follower);
    } catch (Exception e) {
      producer.close(Duration.ZERO);
      follower.close();
      throw e;
    }
  }

  private static Producer<String, Command> producer(OperatorConfig config) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    properties.put(ProducerConfig.ACKS_CONFIG, "all");
    properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    properties.put(ProducerConfig.CLIENT_ID_CONFIG, "responder-operator");
    properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    properties.put(
        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) config.kafkaTimeout().toMillis());
    properties.put(
        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) config.kafkaTimeout().toMillis());
    config.security().addTo(properties);
    return new KafkaProducer<>(
        properties, new StringSerializer(), Topics.COMMANDS.values().serializer());
  }

  private static Consumer<byte[], byte[]> consumer(OperatorConfig config) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
    properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "responder-operator-view");
    properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    config.security().addTo(properties);
    return new KafkaConsumer<>(
        properties, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Where the API listens, e.g. {@code http://127.0.0.1:8083}. */
  public URI uri() {
    return server.uri();
  }

  @Override
  public void close() {
    try {
      server.close();
    } finally {
      producer.close(Duration.ofSeconds(5));
      follower.close();
    }
  }
}
