package dev.responder.sandbox;

import dev.responder.sandbox.kafka.ChildProcessKafkaBroker;
import dev.responder.sandbox.postgres.EmbeddedPostgresServer;
import dev.responder.sandbox.redis.EmbeddedRedisServer;

/** Components that run on this machine without Docker. */
final class EmbeddedComponents implements ComponentFactory {

  @Override
  public KafkaBroker startKafka() {
    return ChildProcessKafkaBroker.startNew();
  }

  @Override
  public Postgres startPostgres() {
    return EmbeddedPostgresServer.startNew();
  }

  @Override
  public Redis startRedis() {
    return EmbeddedRedisServer.startNew();
  }
}
