package dev.responder.remediator.it;

import dev.responder.sandbox.Redis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;

/** Fills the CRM's {@code crm-events} list in the sandbox Redis, as a stuck worker leaves it. */
final class RedisBacklog {

  static final String KEY = "crm-events";

  private RedisBacklog() {}

  static void set(Redis redis, int depth) {
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      connection.sync().del(KEY);
      String[] events = new String[depth];
      for (int i = 0; i < depth; i++) {
        events[i] = "{\"event\":\"contact.updated\",\"n\":" + i + "}";
      }
      if (depth > 0) {
        connection.sync().rpush(KEY, events);
      }
    } finally {
      client.shutdown();
    }
  }
}
