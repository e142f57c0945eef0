package dev.responder.sandbox;

/** Starts the components whose implementation depends on the {@link InfraMode} (one per mode). */
public interface ComponentFactory {

  KafkaBroker startKafka();

  Postgres startPostgres();

  Redis startRedis();
}
