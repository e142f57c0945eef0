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
 *
 * <p>With a {@code saslPort} (not 0) the broker also authorises: a second listener, {@code
 * CLIENTS}, takes SCRAM-SHA-512 over plain text, the {@code StandardAuthorizer} enforces ACLs, and
 * only the plain-text listener's anonymous principal (the tests' administrator, on loopback) is a
 * super user, as a Strimzi cluster with {@code simple} authorization treats its own operators.
 */
record BrokerProperties(int port, int controllerPort, int saslPort, Path dataDirectory) {

  /** The SASL listener's address. */
  String saslBootstrapServers() {
    return "127.0.0.1:" + saslPort;
  }

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
    if (saslPort != 0) {
      addAuthorization(props);
    }
    return props;
  }

  private void addAuthorization(Properties props) {
    props.setProperty(
        "listeners", props.getProperty("listeners") + ",CLIENTS://" + saslBootstrapServers());
    props.setProperty(
        "advertised.listeners",
        props.getProperty("advertised.listeners") + ",CLIENTS://" + saslBootstrapServers());
    props.setProperty(
        "listener.security.protocol.map",
        props.getProperty("listener.security.protocol.map") + ",CLIENTS:SASL_PLAINTEXT");
    props.setProperty("listener.name.clients.sasl.enabled.mechanisms", "SCRAM-SHA-512");
    props.setProperty(
        "listener.name.clients.scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    props.setProperty(
        "authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
    props.setProperty("super.users", "User:ANONYMOUS");
    props.setProperty("allow.everyone.if.no.acl.found", "false");
  }

  void writeTo(Path file) {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      toProperties().store(out, "Responder sandbox: single-node KRaft broker on loopback");
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
