package dev.responder.operator.kafka;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.topics.Topics;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes one command to {@code responder.commands.v1} and returns only once the broker has
 * acknowledged it on every in-sync replica (the producer runs with {@code acks=all}), so a 202
 * answer means the command is durable.
 */
public final class CommandWriter {

  private final Producer<String, Command> producer;
  private final Duration timeout;

  public CommandWriter(Producer<String, Command> producer, Duration timeout) {
    this.producer = producer;
    this.timeout = timeout;
  }

  /**
   * Sends and waits for the acknowledgement.
   *
   * @throws CommandNotWritten when Kafka did not acknowledge within the timeout or refused
   */
  public void write(String key, Command command) {
    try {
      producer
          .send(new ProducerRecord<>(Topics.COMMANDS.name(), key, command))
          .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      throw new CommandNotWritten("Kafka refused the command: " + e.getCause().getMessage(), e);
    } catch (TimeoutException e) {
      throw new CommandNotWritten("Kafka did not acknowledge the command within " + timeout, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CommandNotWritten("interrupted while writing the command", e);
    }
  }

  /** The command may not have been stored; the person retries. */
  public static final class CommandNotWritten extends RuntimeException {
    CommandNotWritten(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
