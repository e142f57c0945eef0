package dev.responder.sandbox.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class CrmEventsQueueIT {

  private final Redis redis;
  private final RedisClient client;

  CrmEventsQueueIT(Redis redis) {
    this.redis = redis;
    RedisURI uri = RedisURI.create(redis.uri());
    uri.setTimeout(Duration.ofSeconds(2));
    this.client = RedisClient.create(uri);
    // Without these, commands issued while Redis is down queue forever (INFRA-NOTES).
    client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .timeoutOptions(TimeoutOptions.enabled(Duration.ofSeconds(2)))
            .build());
  }

  @AfterEach
  void shutDownClient() {
    client.shutdown();
  }

  @Test
  void shouldReportTheDepthOfTheCrmEventsQueue() {
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      // given
      RedisCommands<String, String> commands = connection.sync();
      commands.del("crm-events");

      // when
      commands.rpush("crm-events", "contact.updated", "deal.created", "contact.merged");

      // then
      assertThat(commands.llen("crm-events")).isEqualTo(3L);
    }
  }

  @Test
  void shouldServeTheSameClientAgainWhenRedisComesBackOnItsPort() {
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      // given
      RedisCommands<String, String> commands = connection.sync();
      int port = redis.port();

      // when
      redis.stop();
      redis.start();

      // then
      assertThat(redis.port()).isEqualTo(port);
      await()
          .atMost(Duration.ofSeconds(20))
          .ignoreExceptions()
          .until(() -> "PONG".equals(commands.ping()));
    }
  }
}
