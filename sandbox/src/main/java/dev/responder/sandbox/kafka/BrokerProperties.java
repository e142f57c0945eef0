package dev.responder.sandbox.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The {@code server.properties} of a single combined broker and controller on loopback. Every
 * internal topic gets replication factor 1 and min ISR 1 (one broker), including the transaction
 * state log that exactly-once Streams needs; auto topic creation is off so that a typo in a topic
 * name fails instead of silently creating a topic.
 */
record BrokerProperties(int port, int controllerPort, Path dataDirectory) {

  String bootstrapServers() {
    return "127.0.0.1:" + port;
  }

  Properties toProperties() {
    Properties props = new Properties();
    props.setProperty("process.roles", "broker,controller");
    props.setProperty("node.id", "1");
    props.setProperty(
        "listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
    props.setProperty("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
    props.setProperty("controller.listener.names", "CONTROLLER");
    props.setProperty("inter.broker.listener.name", "PLAINTEXT");
    props.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
    props.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
    props.setProperty("log.dirs", dataDirectory.toString());
    props.setProperty("auto.create.topics.enable", "false");
    props.setProperty("num.partitions", "1");
    props.setProperty("default.replication.factor", "1");
    props.setProperty("min.insync.replicas", "1");
    props.setProperty("offsets.topic.replication.factor", "1");
    props.setProperty("offsets.topic.num.partitions", "10");
    props.setProperty("transaction.state.log.replication.factor", "1");
    props.setProperty("transaction.state.log.min.isr", "1");
    props.setProperty("transaction.state.log.num.partitions", "10");
    props.setProperty("share.coordinator.state.topic.replication.factor", "1");
    props.setProperty("share.coordinator.state.topic.min.isr", "1");
    props.setProperty("group.initial.rebalance.delay.ms", "0");
    return props;
  }

  void writeTo(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      toProperties().store(out, "Responder sandbox: single-node KRaft broker on loopback");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
