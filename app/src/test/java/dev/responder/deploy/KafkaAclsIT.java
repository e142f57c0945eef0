package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.responder.console.projection.AnchorReader;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.ProgressListener;
import dev.responder.console.projection.Projection;
import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.deploy.CustomResources.AclRule;
import dev.responder.deploy.CustomResources.KafkaUser;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.kafka.ChildProcessKafkaBroker;
import dev.responder.schemas.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.errors.TransactionalIdAuthorizationException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The shipped KafkaUsers' ACLs on a real broker that authenticates (SCRAM-SHA-512) and authorises
 * (StandardAuthorizer): each service's client, configured by {@link KafkaClientSecurity} as the
 * manifests configure it, does what it needs and is refused what it has no ACL for; the real
 * correlator (Kafka Streams, exactly-once, internal topics) runs under its ACLs alone.
 */
class KafkaAclsIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private static ChildProcessKafkaBroker broker;
  private static final Map<String, String> PASSWORDS = new HashMap<>();

  @TempDir Path stateDir;

  @BeforeAll
  static void startAnAuthorizingBrokerWithTheShippedUsers() throws Exception {
    broker = ChildProcessKafkaBroker.startNewAuthorizing();
    List<KafkaUser> users =
        DeployFiles.baseManifests().stream()
            .map(file -> TypedObjects.parse(DeployFiles.document(file)))
            .filter(KafkaUser.class::isInstance)
            .map(KafkaUser.class::cast)
            .toList();
    try (Admin admin = Admin.create(broker.clientProperties())) {
      List<UserScramCredentialUpsertion> credentials = new ArrayList<>();
      List<AclBinding> acls = new ArrayList<>();
      for (KafkaUser user : users) {
        String name = user.getMetadata().getName();
        PASSWORDS.put(name, name + "-password");
        credentials.add(
            new UserScramCredentialUpsertion(
                name,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096),
                PASSWORDS.get(name)));
        for (AclRule rule : user.getSpec().getAuthorization().getAcls()) {
          for (String operation : rule.getOperations()) {
            acls.add(binding(name, rule, operation));
          }
        }
      }
      admin.alterUserScramCredentials(List.copyOf(credentials)).all().get();
      admin.createAcls(acls).all().get();
    }
  }

  @AfterAll
  static void stopTheBroker() {
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void shouldLetIngestWriteAlertsAndRefuseItTheCommandsTopic() throws Exception {
    try (KafkaProducer<byte[], byte[]> producer = producer("responder-ingest")) {
      producer.send(new ProducerRecord<>(Topics.ALERTS.name(), new byte[] {1})).get();
      producer.send(new ProducerRecord<>(Topics.ALERTS_DLQ.name(), new byte[] {1})).get();

      assertThatThrownBy(
              () ->
                  producer.send(new ProducerRecord<>(Topics.COMMANDS.name(), new byte[] {1})).get())
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(TopicAuthorizationException.class);
    }
  }

  @Test
  void shouldRefuseIncidentEventsFromAnyoneButTheCorrelator() {
    for (String user :
        List.of("responder-console", "responder-remediator", "responder-operator-api")) {
      try (KafkaProducer<byte[], byte[]> producer = producer(user)) {
        assertThatThrownBy(
                () ->
                    producer
                        .send(new ProducerRecord<>(Topics.INCIDENT_EVENTS.name(), new byte[] {1}))
                        .get())
            .as(user)
            .hasCauseInstanceOf(TopicAuthorizationException.class);
      }
    }
  }

  @Test
  void shouldRefuseTheRemediatorAnyConsumerGroupButItsOwn() {
    try (KafkaConsumer<byte[], byte[]> own =
            consumer("responder-remediator", "responder-remediator");
        KafkaConsumer<byte[], byte[]> other = consumer("responder-remediator", "someone-else")) {
      own.subscribe(List.of(Topics.INCIDENT_EVENTS.name()));
      other.subscribe(List.of(Topics.INCIDENT_EVENTS.name()));

      own.poll(Duration.ofSeconds(2));
      assertThatThrownBy(() -> other.poll(Duration.ofSeconds(5)))
          .isInstanceOf(GroupAuthorizationException.class);
    }
  }

  @Test
  void shouldLetTheRemediatorPublishItsOutboxUnderItsOwnTransactionalIdOnly() {
    try (KafkaProducer<byte[], byte[]> outbox =
            transactional("responder-remediator", "responder-remediator-outbox");
        KafkaProducer<byte[], byte[]> other =
            transactional("responder-remediator", "responder-remediator-other")) {
      outbox.initTransactions();
      outbox.beginTransaction();
      outbox.send(new ProducerRecord<>(Topics.OUTCOMES.name(), new byte[] {1}));
      outbox.commitTransaction();

      assertThatThrownBy(other::initTransactions)
          .isInstanceOf(TransactionalIdAuthorizationException.class);

      // and only the operator API writes commands: the remediator's escalations are outcomes now
      outbox.beginTransaction();
      assertThatThrownBy(
              () -> outbox.send(new ProducerRecord<>(Topics.COMMANDS.name(), new byte[] {1})).get())
          .satisfiesAnyOf(
              e -> assertThat(e).isInstanceOf(TopicAuthorizationException.class),
              e -> assertThat(e).hasCauseInstanceOf(TopicAuthorizationException.class));
    }
  }

  @Test
  @ExtendWith(SandboxExtension.class)
  void shouldProjectTheAuditTopicsAndPublishAnchorsUnderTheConsolesAclsAlone(Postgres postgres)
      throws Exception {
    try (KafkaProducer<byte[], byte[]> ingest = producer("responder-ingest")) {
      ingest.send(new ProducerRecord<>(Topics.ALERTS.name(), new byte[] {7})).get();
    }
    String database = "kafka_acls_it_" + UUID.randomUUID().toString().substring(0, 8);
    try (Connection admin = postgres.dataSource().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("CREATE DATABASE " + database);
    }
    PGSimpleDataSource dataSource = new PGSimpleDataSource();
    dataSource.setUrl(postgres.jdbcUrl().replaceFirst("/crm(\\?|$)", "/" + database + "$1"));
    dataSource.setUser(postgres.user());
    dataSource.setPassword(postgres.password());
    KafkaClientSecurity console = security("responder-console", PASSWORDS.get("responder-console"));

    long projected =
        new Projection(dataSource, AuditTopics.standard(), broker.saslBootstrapServers(), console)
            .catchUp(ProgressListener.SILENT);

    assertThat(projected).isPositive();
    assertThat(AnchorReader.read(AuditTopics.standard(), broker.saslBootstrapServers(), console))
        .isNotEmpty();
    try (Connection admin = postgres.dataSource().getConnection();
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE " + database);
    }
  }

  @Test
  void shouldRefuseAWrongPassword() {
    try (KafkaProducer<byte[], byte[]> producer =
        new KafkaProducer<>(
            properties("responder-ingest", "guess", ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
            new ByteArraySerializer(),
            new ByteArraySerializer())) {
      assertThatThrownBy(
              () -> producer.send(new ProducerRecord<>(Topics.ALERTS.name(), new byte[] {1})).get())
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(SaslAuthenticationException.class);
    }
  }

  @Test
  void shouldRunTheCorrelatorUnderItsOwnAclsAlone() throws Exception {
    Path password =
        Files.writeString(stateDir.resolve("password"), PASSWORDS.get("responder-correlator"));
    Map<String, String> env = new HashMap<>();
    env.put(CorrelatorConfig.BOOTSTRAP, broker.saslBootstrapServers());
    env.put(CorrelatorConfig.STATE_DIR, stateDir.resolve("state").toString());
    env.put(CorrelatorConfig.HTTP_PORT, "0");
    env.put(KafkaClientSecurity.PROTOCOL, "SASL_PLAINTEXT");
    env.put(KafkaClientSecurity.USERNAME, "responder-correlator");
    env.put(KafkaClientSecurity.PASSWORD + "_FILE", password.toString());
    CorrelatorConfig config = CorrelatorConfig.fromMap(env);
    CatalogPorts catalog = CatalogPorts.load(DeployFiles.root().resolve("runbooks/crm.yaml"));

    try (CorrelatorService correlator =
        CorrelatorService.start(
            config,
            CorrelatorTopics.standard(),
            catalog.classifier(),
            catalog.policy(),
            catalog.severityRules(),
            catalog.inhibitRules())) {
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> assertThat(correlator.state()).isEqualTo(KafkaStreams.State.RUNNING));
    }
  }

  private static AclBinding binding(String user, AclRule rule, String operation) {
    ResourceType type =
        switch (rule.getResource().getType()) {
          case "topic" -> ResourceType.TOPIC;
          case "group" -> ResourceType.GROUP;
          case "transactionalId" -> ResourceType.TRANSACTIONAL_ID;
          case "cluster" -> ResourceType.CLUSTER;
          default -> throw new IllegalArgumentException(rule.getResource().getType());
        };
    PatternType pattern =
        rule.getResource().getPatternType().equals("prefix")
            ? PatternType.PREFIXED
            : PatternType.LITERAL;
    AclOperation op =
        AclOperation.fromString(
            operation.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    return new AclBinding(
        new ResourcePattern(type, rule.getResource().getName(), pattern),
        new AccessControlEntry("User:" + user, rule.getHost(), op, AclPermissionType.ALLOW));
  }

  private static KafkaProducer<byte[], byte[]> transactional(String user, String transactionalId) {
    Map<String, Object> properties =
        new HashMap<>(
            properties(user, PASSWORDS.get(user), ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000));
    properties.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    return new KafkaProducer<>(properties, new ByteArraySerializer(), new ByteArraySerializer());
  }

  private static KafkaProducer<byte[], byte[]> producer(String user) {
    return new KafkaProducer<>(
        properties(user, PASSWORDS.get(user), ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000),
        new ByteArraySerializer(),
        new ByteArraySerializer());
  }

  private static KafkaConsumer<byte[], byte[]> consumer(String user, String group) {
    return new KafkaConsumer<>(
        properties(user, PASSWORDS.get(user), ConsumerConfig.GROUP_ID_CONFIG, group),
        new ByteArrayDeserializer(),
        new ByteArrayDeserializer());
  }

  /** A client's properties as a service builds them: bootstrap, its own entry, the security. */
  private static Map<String, Object> properties(
      String user, String password, String key, Object value) {
    return security(user, password)
        .addTo(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.saslBootstrapServers(),
                key,
                value));
  }

  private static KafkaClientSecurity security(String user, String password) {
    return new KafkaClientSecurity(
        KafkaClientSecurity.Protocol.SASL_PLAINTEXT,
        Optional.of(user),
        Optional.of(password),
        Optional.empty());
  }
}
