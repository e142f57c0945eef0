package dev.responder.app.demo;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.topics.Topics;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Plays the operator who approves an action the runbook gates on a person: an {@code APPROVE}
 * command with the action key on {@code responder.commands.v1}, keyed by the incident, as the
 * console would write it.
 */
final class Approver implements AutoCloseable {

  private final KafkaProducer<String, Command> producer;

  Approver(String bootstrap) {
    this.producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.CLIENT_ID_CONFIG, "responder-demo-operator"),
            new StringSerializer(),
            Topics.COMMANDS.values().serializer());
  }

  /** Sends the approval and waits for the broker's acknowledgement. */
  void approve(String incidentId, String actionKey, String operator) {
    Command command =
        Command.newBuilder()
            .setCommandId("demo-approve#" + actionKey)
            .setType(CommandType.APPROVE)
            .setIssuedAt(Instant.now())
            .setAuthor(operator)
            .setComment("approved by 'responder demo', playing the operator")
            .setIncidentId(incidentId)
            .setActionKey(actionKey)
            .build();
    try {
      producer.send(new ProducerRecord<>(Topics.COMMANDS.name(), incidentId, command)).get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("could not send the approval: " + e.getCause(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while sending the approval", e);
    }
  }

  @Override
  public void close() {
    producer.close();
  }
}
