package dev.responder.remediator.service;

import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/** How the composition root configures the remediator's Kubernetes client and Kafka consumer. */
final class ServiceClients {

  private ServiceClients() {}

  /** The client's own timeouts bound each call; the engine's timeout is only the backstop. */
  static KubernetesClient kubernetes(RemediatorConfig config) {
    Config base =
        config.kubernetesUrl() == null
            ? Config.autoConfigure(null)
            : new ConfigBuilder().withMasterUrl(config.kubernetesUrl()).build();
    int timeoutMillis = (int) config.callTimeout().toMillis();
    return new KubernetesClientBuilder()
        .withConfig(
            new ConfigBuilder(base)
                .withConnectionTimeout(timeoutMillis)
                .withRequestTimeout(timeoutMillis)
                .build())
        .build();
  }

  static Map<String, Object> consumerProperties(RemediatorConfig config) {
    return config.kafkaSecurity().addTo(consumerSettings(config));
  }

  private static Map<String, Object> consumerSettings(RemediatorConfig config) {
    return Map.of(
        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
        config.bootstrapServers(),
        ConsumerConfig.GROUP_ID_CONFIG,
        config.groupId(),
        ConsumerConfig.CLIENT_ID_CONFIG,
        config.groupId() + "-consumer",
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        "read_committed",
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
        false,
        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
        "earliest",
        // A record's calls are each bounded (the call timeout, at most 120 s, and a 1.5x
        // backstop), but a round of records is not: few records per poll and a long poll interval
        // keep a slow round from costing the group its member. If one still does, the records are
        // redelivered and the ledger keeps every action from running twice.
        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
        config.tuning().maxPollRecords(),
        ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG,
        (int) config.tuning().maxPollInterval().toMillis());
  }
}
