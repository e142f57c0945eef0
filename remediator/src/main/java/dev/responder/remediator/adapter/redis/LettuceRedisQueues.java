package dev.responder.remediator.adapter.redis;

import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.RedisQueues;
import dev.responder.remediator.port.Result;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@link RedisQueues} over Lettuce. The connection is opened on first use and re-opened after a
 * failed connect; while it is down, commands fail immediately (REJECT_COMMANDS) instead of
 * queueing.
 */
public final class LettuceRedisQueues implements RedisQueues, AutoCloseable {

  private final RedisClient client;
  private StatefulRedisConnection<String, String> connection;

  public LettuceRedisQueues(String uri, Duration timeout) {
    RedisURI redisUri = RedisURI.create(uri);
    redisUri.setTimeout(timeout);
    this.client = RedisClient.create(redisUri);
    client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(timeout))
            .socketOptions(SocketOptions.builder().connectTimeout(timeout).build())
            .build());
  }

  @Override
  public Result queueDepth(String key) {
    try {
      long depth = connection().sync().llen(key);
      return Result.ok(
          Observation.of(Map.of("depth", (double) depth), List.of("LLEN " + key + " = " + depth)));
    } catch (RedisCommandTimeoutException e) {
      return Result.failed(FailureKind.TIMEOUT, "LLEN " + key + " timed out: " + e.getMessage());
    } catch (RedisException e) {
      return Result.failed(FailureKind.UNAVAILABLE, "LLEN " + key + ": " + e.getMessage());
    }
  }

  private synchronized StatefulRedisConnection<String, String> connection() {
    if (connection == null) {
      connection = client.connect();
    }
    return connection;
  }

  @Override
  public synchronized void close() {
    if (connection != null) {
      connection.close();
    }
    client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
  }
}
