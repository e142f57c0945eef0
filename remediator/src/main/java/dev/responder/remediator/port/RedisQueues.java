package dev.responder.remediator.port;

/** The CRM's Redis, where queues are lists. */
public interface RedisQueues {

  /** {@code LLEN key} as figure depth; fails fast while Redis is down. */
  Result queueDepth(String key);
}
