package dev.responder.remediator.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.redis.LettuceRedisQueues;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Result;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class RedisQueuesIT {

  @Test
  void shouldFailFastWhileRedisIsDownAndRecoverWhenItIsBack(Redis redis) {
    try (LettuceRedisQueues queues = new LettuceRedisQueues(redis.uri(), Duration.ofSeconds(1))) {
      assertThat(queues.queueDepth("crm-events").succeeded()).isTrue();

      redis.stop();
      long start = System.nanoTime();
      Result down;
      try {
        down = queues.queueDepth("crm-events");
      } finally {
        redis.start();
      }
      Duration took = Duration.ofNanos(System.nanoTime() - start);

      assertThat(down.failure())
          .hasValueSatisfying(
              kind -> assertThat(kind).isIn(FailureKind.UNAVAILABLE, FailureKind.TIMEOUT));
      assertThat(took).as("no queueing while disconnected").isLessThan(Duration.ofSeconds(3));
      org.awaitility.Awaitility.await()
          .atMost(Duration.ofSeconds(15))
          .until(() -> queues.queueDepth("crm-events").succeeded());
    }
  }
}
