package dev.responder.sandbox.containers;

import dev.responder.sandbox.ComponentFactory;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.support.Stopwatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts Kafka, PostgreSQL and Redis as Docker containers. */
public final class ContainerComponents implements ComponentFactory {

  private static final Logger LOGGER = LoggerFactory.getLogger(ContainerComponents.class);

  @Override
  public KafkaBroker startKafka() {
    Stopwatch stopwatch = Stopwatch.start();
    ContainerKafkaBroker kafka = ContainerKafkaBroker.startNew();
    LOGGER.info("Kafka container ready on {} in {}", kafka.bootstrapServers(), stopwatch.elapsed());
    return kafka;
  }

  @Override
  public Postgres startPostgres() {
    Stopwatch stopwatch = Stopwatch.start();
    ContainerPostgres postgres = ContainerPostgres.startNew();
    LOGGER.info("PostgreSQL container ready at {} in {}", postgres.jdbcUrl(), stopwatch.elapsed());
    return postgres;
  }

  @Override
  public Redis startRedis() {
    Stopwatch stopwatch = Stopwatch.start();
    ContainerRedis redis = ContainerRedis.startNew();
    LOGGER.info("Redis container ready at {} in {}", redis.uri(), stopwatch.elapsed());
    return redis;
  }
}
