package dev.responder.sandbox.crm;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Redis list {@code crm-events} over one Lettuce connection: what producers push and the worker
 * pops. Commands fail fast while Redis is down instead of queueing in the client.
 */
final class WorkerQueue implements AutoCloseable {

  private static final int PUSH_BATCH = 1000;

  private final RedisClient client;
  private final StatefulRedisConnection<String, String> connection;
  private final AtomicLong sequence = new AtomicLong();

  private WorkerQueue(RedisClient client, StatefulRedisConnection<String, String> connection) {
    this.client = client;
    this.connection = connection;
  }

  static WorkerQueue connect(String uri) {
    RedisClient client = RedisClient.create(RedisURI.create(uri));
    client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
            .build());
    try {
      return new WorkerQueue(client, client.connect());
    } catch (RuntimeException e) {
      client.shutdown();
      throw e;
    }
  }

  RedisCommands<String, String> commands() {
    return connection.sync();
  }

  /** Pushes {@code events} CRM change events, as the CRM's producers would (LPUSH, popped RPOP). */
  void push(int events) {
    RedisCommands<String, String> redis = commands();
    for (int pushed = 0; pushed < events; pushed += PUSH_BATCH) {
      String[] batch = new String[Math.min(PUSH_BATCH, events - pushed)];
      for (int i = 0; i < batch.length; i++) {
        long id = sequence.incrementAndGet();
        batch[i] =
            "{\"type\":\"" + (id % 2 == 0 ? "contact" : "deal") + ".updated\",\"id\":" + id + "}";
      }
      redis.lpush(QueueWorker.QUEUE, batch);
    }
  }

  long depth() {
    return commands().llen(QueueWorker.QUEUE);
  }

  @Override
  public void close() {
    connection.close();
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
