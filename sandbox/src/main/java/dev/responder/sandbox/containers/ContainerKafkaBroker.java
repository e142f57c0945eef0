package dev.responder.sandbox.containers;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.kafka.TopicCatalogue;
import dev.responder.schemas.topics.Topics;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.testcontainers.kafka.KafkaContainer;

/**
 * Kafka (the apache/kafka image, KRaft) in a container, with the topic catalogue created. The image
 * tag is the version of the Kafka clients on the classpath, the same release the embedded mode
 * runs.
 */
final class ContainerKafkaBroker implements KafkaBroker {

  /** Keep in step with {@code kafka.version} in the root POM. */
  static final String IMAGE = "apache/kafka:4.4.0";

  private final KafkaContainer container;
  private final ContainerOutage outage;

  private ContainerKafkaBroker(KafkaContainer container) {
    this.container = container;
    this.outage = new ContainerOutage(container);
  }

  static ContainerKafkaBroker startNew() {
    KafkaContainer container =
        new KafkaContainer(IMAGE)
            .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
            .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_MIN_ISR", "1")
            .withEnv("KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "1")
            .withEnv("KAFKA_MIN_INSYNC_REPLICAS", "1");
    container.start();
    ContainerKafkaBroker broker = new ContainerKafkaBroker(container);
    try (Admin admin = Admin.create(broker.clientProperties())) {
      TopicCatalogue.createMissing(admin, Topics.all());
    }
    return broker;
  }

  @Override
  public String bootstrapServers() {
    return container.getBootstrapServers();
  }

  @Override
  public Map<String, Object> clientProperties() {
    return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
  }

  /** Pauses the container: same address afterwards, see {@link ContainerOutage}. */
  @Override
  public void stop() {
    outage.begin();
  }

  @Override
  public void start() {
    outage.end();
  }

  @Override
  public boolean isRunning() {
    return container.isRunning() && !outage.ongoing();
  }

  @Override
  public void close() {
    container.stop();
  }
}
