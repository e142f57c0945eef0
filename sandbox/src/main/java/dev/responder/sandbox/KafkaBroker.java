package dev.responder.sandbox;

import java.util.Map;

/**
 * A running single-node Kafka cluster with Responder's topic catalogue created. {@link #stop()} and
 * {@link #start()} simulate an outage: the broker comes back on the same address with its data.
 */
public interface KafkaBroker extends SandboxComponent {

  /** The {@code bootstrap.servers} value, e.g. {@code 127.0.0.1:40123}. */
  String bootstrapServers();

  /** The properties every client needs to reach this broker (bootstrap servers only). */
  Map<String, Object> clientProperties();

  /**
   * Stops the broker (clients see an outage) but keeps its address and data for {@link #start()}.
   */
  void stop();

  /** Starts the broker again on the same address and data; a no-op when it is running. */
  void start();

  boolean isRunning();
}
