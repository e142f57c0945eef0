package dev.responder.console.it;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListTopicsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;

/**
 * A fingerprint of everything replay must not touch: every topic's end offsets and the consumer
 * groups on the broker, every row of every table in PostgreSQL, every Redis key and length, and
 * every Kubernetes object's resource version in the CRM namespace.
 */
record SideEffects(
    Map<String, Long> kafkaEndOffsets,
    Set<String> consumerGroups,
    Map<String, String> postgresTables,
    Map<String, Long> redisKeys,
    Map<String, String> kubernetesObjects) {

  static SideEffects observe(
      KafkaBroker kafka, Postgres postgres, Redis redis, KubernetesApi kubernetes)
      throws Exception {
    return new SideEffects(
        endOffsets(kafka), groups(kafka), tables(postgres), keys(redis), objects(kubernetes));
  }

  private static Map<String, Long> endOffsets(KafkaBroker kafka) throws Exception {
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      Set<String> names =
          admin
              .listTopics(new ListTopicsOptions().listInternal(true))
              .names()
              .get(10, TimeUnit.SECONDS);
      Map<String, TopicDescription> topics =
          admin.describeTopics(names).allTopicNames().get(10, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
      topics
          .values()
          .forEach(
              t ->
                  t.partitions()
                      .forEach(
                          p ->
                              request.put(
                                  new TopicPartition(t.name(), p.partition()),
                                  OffsetSpec.latest())));
      Map<String, Long> offsets = new TreeMap<>();
      admin
          .listOffsets(request)
          .all()
          .get(10, TimeUnit.SECONDS)
          .forEach((tp, info) -> offsets.put(tp.toString(), info.offset()));
      return offsets;
    }
  }

  private static Set<String> groups(KafkaBroker kafka) throws Exception {
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      return admin.listGroups().all().get(10, TimeUnit.SECONDS).stream()
          .map(g -> g.groupId())
          .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
  }

  private static Map<String, String> tables(Postgres postgres) throws Exception {
    Map<String, String> sums = new TreeMap<>();
    try (Connection connection = postgres.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          statement.executeQuery(
              "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)"
                  + " FROM information_schema.tables"
                  + " WHERE table_type = 'BASE TABLE'"
                  + " AND table_schema NOT IN ('pg_catalog', 'information_schema')")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String table : tables) {
        try (ResultSet row =
            statement.executeQuery(
                "SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM "
                    + table
                    + " t")) {
          row.next();
          sums.put(table, row.getString(1));
        }
      }
    }
    return sums;
  }

  private static Map<String, Long> keys(Redis redis) {
    RedisClient client = RedisClient.create(redis.uri());
    try (StatefulRedisConnection<String, String> connection = client.connect()) {
      Map<String, Long> keys = new TreeMap<>();
      for (String key : connection.sync().keys("*")) {
        String type = connection.sync().type(key);
        keys.put(key + ":" + type, type.equals("list") ? connection.sync().llen(key) : 0L);
      }
      return keys;
    } finally {
      client.shutdown();
    }
  }

  private static Map<String, String> objects(KubernetesApi kubernetes) {
    Map<String, String> versions = new TreeMap<>();
    List<HasMetadata> objects = new ArrayList<>();
    objects.addAll(kubernetes.client().apps().deployments().inNamespace("crm").list().getItems());
    objects.addAll(kubernetes.client().pods().inNamespace("crm").list().getItems());
    objects.addAll(kubernetes.client().v1().events().inNamespace("crm").list().getItems());
    objects.forEach(
        o ->
            versions.put(
                o.getKind() + "/" + o.getMetadata().getName(),
                o.getMetadata().getResourceVersion()));
    return versions;
  }
}
