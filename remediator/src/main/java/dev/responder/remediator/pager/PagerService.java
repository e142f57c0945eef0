package dev.responder.remediator.pager;

import dev.responder.remediator.adapter.delivery.DeliveryConfig;
import dev.responder.remediator.paging.Ladder;
import dev.responder.remediator.paging.PagingRules;
import dev.responder.remediator.paging.StormFold;
import dev.responder.remediator.port.Deliverer;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires and runs the pager on its own thread: a consumer of incident events and outcomes in its own
 * group ({@code <remediator group>-pager}, so it reads every record whatever the remediator does),
 * the catalog's escalation path, the delivery adapters, and an idempotent producer of its outcomes.
 */
public final class PagerService implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(PagerService.class);

  private final KafkaProducer<String, RemediationOutcome> producer;
  private final PagerLoop loop;
  private final Thread thread;

  /** The Kafka side of the pager: where the broker is and who the pager is to it. */
  public record Kafka(String bootstrapServers, String groupId, KafkaClientSecurity security) {}

  public PagerService(
      Kafka kafka,
      Catalog catalog,
      DeliveryConfig config,
      Deliverer deliverer,
      Clock clock,
      MeterRegistry registry) {
    LOGGER.info("Starting the pager with {}", config);
    PagingRules rules =
        new PagingRules(
            new Ladder(catalog.escalation()), config.incidentChannel(), config.people());
    Pager pager =
        new Pager(
            rules,
            new StormFold(config.stormWindow()),
            new DeliveryRunner(deliverer, config.backoff(), Pause.REAL, clock, registry),
            clock);
    producer =
        new KafkaProducer<>(
            kafka.security().addTo(producerSettings(kafka)),
            Topics.OUTCOMES.keys().serializer(),
            Topics.OUTCOMES.values().serializer());
    KafkaConsumer<String, byte[]> consumer;
    try {
      consumer =
          new KafkaConsumer<>(
              kafka.security().addTo(consumerSettings(kafka)),
              new StringDeserializer(),
              new ByteArrayDeserializer());
    } catch (RuntimeException e) {
      producer.close();
      throw e;
    }
    loop = new PagerLoop(consumer, producer, pager, registry);
    thread = new Thread(loop, "remediator-pager");
    thread.start();
  }

  public boolean isRunning() {
    return loop.isRunning();
  }

  private static Map<String, Object> producerSettings(Kafka kafka) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    settings.put(ProducerConfig.CLIENT_ID_CONFIG, kafka.groupId() + "-producer");
    settings.put(ProducerConfig.ACKS_CONFIG, "all");
    settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    return settings;
  }

  private static Map<String, Object> consumerSettings(Kafka kafka) {
    Map<String, Object> settings = new HashMap<>();
    settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
    settings.put(ConsumerConfig.GROUP_ID_CONFIG, kafka.groupId());
    settings.put(ConsumerConfig.CLIENT_ID_CONFIG, kafka.groupId() + "-consumer");
    settings.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    // Retries with backoff may hold a round for minutes; few records per poll and a long poll
    // interval keep the pager in its group meanwhile.
    settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 20);
    settings.put(
        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Duration.ofMinutes(15).toMillis());
    return settings;
  }

  @Override
  public void close() {
    loop.stop();
    try {
      thread.join(Duration.ofSeconds(3).toMillis());
      if (thread.isAlive()) {
        // A retry may be waiting out a Retry-After: interrupting ends the wait.
        thread.interrupt();
        thread.join(Duration.ofSeconds(10).toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    producer.close(Duration.ofSeconds(5));
  }
}
