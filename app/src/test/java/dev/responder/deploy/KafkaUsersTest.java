package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.projection.AuditTopics;
import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import dev.responder.deploy.CustomResources.AclRule;
import dev.responder.deploy.CustomResources.KafkaUser;
import dev.responder.ingest.kafka.KafkaAlertPublisher;
import dev.responder.operator.OperatorService;
import dev.responder.remediator.service.RemediatorConfig;
import dev.responder.remediator.service.RemediatorKafka;
import dev.responder.runtime.kafka.KafkaAccess;
import dev.responder.schemas.topics.Topic;
import dev.responder.schemas.topics.Topics;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each service's Strimzi {@code KafkaUser} grants exactly what the service's code uses on Kafka:
 * the correlator's topics come from its real {@code Topology} (sources and sinks) and Streams
 * properties (the dead-letter topic), the others' from the names their clients use. A missing ACL
 * (the service would be refused) and a spare one (more than it needs) both fail. Describe is
 * implied by Read and Write, so it is compared apart.
 */
class KafkaUsersTest {

  private static final String INGEST = "responder-ingest";
  private static final String CORRELATOR = "responder-correlator";
  private static final String REMEDIATOR = "responder-remediator";
  private static final String CONSOLE = "responder-console";
  private static final String OPERATOR_API = "responder-operator-api";

  /** One allowed operation on one resource, as the broker's authorizer would see it. */
  record Grant(String resourceType, String name, String patternType, String operation) {
    @Override
    public String toString() {
      return operation + " " + resourceType + ":" + patternType + ":" + name;
    }
  }

  private static final Map<String, KafkaUser> USERS =
      DeployFiles.baseManifests().stream()
          .map(file -> TypedObjects.parse(DeployFiles.document(file)))
          .filter(KafkaUser.class::isInstance)
          .map(KafkaUser.class::cast)
          .collect(Collectors.toMap(user -> user.getMetadata().getName(), user -> user));

  /** What the Secret keys that must have a form hold in this test; the rest hold a word. */
  private static final Map<String, String> STAND_INS =
      Map.of(
          "redis-url", "redis://crm-redis.crm.svc:6379",
          "notify-webhook", "https://hooks.slack.com/services/T0/B0/stand-in");

  @TempDir Path secrets;

  private Map<String, Container> services;

  @BeforeEach
  void readWorkloads() {
    services = new HashMap<>();
    DeployFiles.baseManifests().stream()
        .map(file -> TypedObjects.parse(DeployFiles.document(file)))
        .forEach(
            object -> {
              PodSpec pod = podSpec(object);
              if (pod != null) {
                services.put(object.getMetadata().getName(), pod.getContainers().get(0));
              }
            });
  }

  @Test
  void shouldShipOneScramUserWithSimpleAclsPerServiceAndTheOperatorApi() {
    assertThat(USERS.keySet())
        .containsExactlyInAnyOrder(INGEST, CORRELATOR, REMEDIATOR, CONSOLE, OPERATOR_API);
    USERS.forEach(
        (name, user) -> {
          assertThat(user.getMetadata().getNamespace()).as(name).isEqualTo("responder");
          assertThat(user.getMetadata().getLabels())
              .as(name)
              .containsEntry("strimzi.io/cluster", "responder-kafka");
          assertThat(user.getSpec().getAuthentication().getType())
              .as(name)
              .isEqualTo("scram-sha-512");
          assertThat(user.getSpec().getAuthorization().getType()).as(name).isEqualTo("simple");
        });
  }

  @Test
  void shouldGrantTheCorrelatorExactlyWhatItsTopologyReadsAndWrites() {
    Container correlator = services.get(CORRELATOR);
    CorrelatorConfig config = CorrelatorConfig.fromMap(environment(correlator));
    CorrelatorTopics topics = CorrelatorTopics.standard();
    Dispositions dispositions = new Dispositions(new SimpleMeterRegistry());
    CatalogPorts catalog = CatalogPorts.load(DeployFiles.root().resolve("runbooks/crm.yaml"));
    TopologyDescription topology =
        CorrelatorTopology.buildTopology(
                topics,
                catalog.classifier(),
                catalog.policy(),
                catalog.severityRules(),
                catalog.inhibitRules(),
                config,
                dispositions)
            .describe();
    Object deadLetters =
        CorrelatorTopology.streamsProperties(config, topics, dispositions)
            .get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
    Set<String> sources = new TreeSet<>();
    Set<String> sinks = new TreeSet<>();
    topology.subtopologies().stream()
        .flatMap(subtopology -> subtopology.nodes().stream())
        .forEach(
            node -> {
              if (node instanceof TopologyDescription.Source source) {
                sources.addAll(source.topicSet());
              } else if (node instanceof TopologyDescription.Sink sink) {
                sinks.add(sink.topic());
              }
            });
    sinks.add(String.valueOf(deadLetters));
    Set<String> catalogue = Topics.all().stream().map(Topic::name).collect(Collectors.toSet());
    Set<String> internal = new TreeSet<>(sources);
    internal.addAll(sinks);
    internal.removeAll(catalogue);
    sources.retainAll(catalogue);
    sinks.retainAll(catalogue);

    String prefix = config.applicationId() + "-";
    Set<Grant> expected =
        expectedGrants(new KafkaAccess(sources, sinks, Set.of(config.applicationId()), Set.of()));
    // Streams creates, reads, writes and purges its repartition and changelog topics, all named
    // after the application id, and gives each producer a transactional id under it too.
    for (String operation : List.of("Create", "Delete", "DescribeConfigs", "Read", "Write")) {
      expected.add(new Grant("topic", prefix, "prefix", operation));
    }
    expected.add(new Grant("transactionalId", prefix, "prefix", "Write"));

    assertThat(internal).as("the topology's internal topics").isNotEmpty();
    assertThat(grants(CORRELATOR)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void shouldGrantTheRemediatorExactlyItsGroupOutboxTopicsAndTransactionalId() {
    RemediatorConfig config = RemediatorConfig.fromMap(environment(services.get(REMEDIATOR)));

    assertThat(grants(REMEDIATOR))
        .containsExactlyInAnyOrderElementsOf(expectedGrants(RemediatorKafka.access(config)));
  }

  @Test
  void shouldGrantTheConsoleReadingTheTopicsItProjectsAndNothingElse() {
    KafkaAccess projection = AuditTopics.standard().kafkaAccess();

    assertThat(grants(CONSOLE)).containsExactlyInAnyOrderElementsOf(expectedGrants(projection));
  }

  @Test
  void shouldGrantIngestWritingAlertsAndTheirDeadLettersOnly() {
    KafkaAccess ingest = KafkaAlertPublisher.kafkaAccess();

    assertThat(grants(INGEST)).containsExactlyInAnyOrderElementsOf(expectedGrants(ingest));
  }

  @Test
  void shouldGrantTheOperatorApiExactlyWhatItFollowsAndTheCommandsItWrites() {
    KafkaAccess operator = OperatorService.kafkaAccess();

    assertThat(grants(OPERATOR_API)).containsExactlyInAnyOrderElementsOf(expectedGrants(operator));
  }

  @Test
  void shouldLetOnlyTheCorrelatorWriteIncidentEventsAndIncidents() {
    for (String topic : List.of(Topics.INCIDENT_EVENTS.name(), Topics.INCIDENTS.name())) {
      assertThat(writersOf(topic)).as(topic).containsExactly(CORRELATOR);
    }
  }

  @Test
  void shouldLetOnlyTheOperatorApiWriteCommands() {
    // Every command is a person's, through the operator API; the correlator escalates a runbook
    // that did not fix its incident on the remediator's NOT_FIXED verification outcome.
    assertThat(writersOf(Topics.COMMANDS.name())).containsExactly(OPERATOR_API);
  }

  @Test
  void shouldGrantDescribeOnlyWhereReadOrWriteAlreadyImpliesIt() {
    USERS
        .keySet()
        .forEach(
            user -> {
              Set<Grant> all = allGrants(user);
              all.stream()
                  .filter(grant -> grant.operation().equals("Describe"))
                  .forEach(
                      describe ->
                          assertThat(
                                  all.stream()
                                      .anyMatch(
                                          other ->
                                              sameResource(other, describe)
                                                  && !other.operation().equals("Describe")))
                              .as("%s: %s implied by another grant", user, describe)
                              .isTrue());
            });
  }

  @Test
  void shouldNeverGrantTheClusterAWildcardOrAll() {
    USERS
        .keySet()
        .forEach(
            user ->
                assertThat(allGrants(user))
                    .as(user)
                    .noneMatch(
                        grant ->
                            grant.resourceType().equals("cluster")
                                || grant.name().equals("*")
                                || grant.operation().equals("All")));
  }

  @Test
  void shouldConnectEveryServiceAsItsOwnUserOverTlsWithThePasswordFromItsUsersSecret() {
    for (String service : List.of(INGEST, CORRELATOR, REMEDIATOR, CONSOLE, OPERATOR_API)) {
      Map<String, String> env = plainEnvironment(services.get(service));
      PodSpec pod = podOf(service);

      assertThat(env)
          .as(service)
          .containsEntry("RESPONDER_KAFKA_SECURITY_PROTOCOL", "SASL_SSL")
          .containsEntry("RESPONDER_KAFKA_SASL_USERNAME", service);
      assertThat(env.get("RESPONDER_KAFKA_BOOTSTRAP")).as(service).endsWith(":9093");
      assertThat(secretKeyMountedAt(pod, env.get("RESPONDER_KAFKA_SASL_PASSWORD_FILE")))
          .as(service)
          .isEqualTo(service + "/password");
      assertThat(secretKeyMountedAt(pod, env.get("RESPONDER_KAFKA_SSL_CA_FILE")))
          .as(service)
          .isEqualTo("responder-kafka-cluster-ca-cert/ca.crt");
    }
  }

  /** The grants a service needs for what it declares: Read, Write, a group's Read, a Write txn. */
  private static Set<Grant> expectedGrants(KafkaAccess access) {
    Set<Grant> grants = new HashSet<>();
    access.reads().forEach(topic -> grants.add(new Grant("topic", topic, "literal", "Read")));
    access.writes().forEach(topic -> grants.add(new Grant("topic", topic, "literal", "Write")));
    access.groups().forEach(group -> grants.add(new Grant("group", group, "literal", "Read")));
    access
        .transactionalIds()
        .forEach(id -> grants.add(new Grant("transactionalId", id, "literal", "Write")));
    return grants;
  }

  /** The user's grants except Describe. */
  private static Set<Grant> grants(String user) {
    return allGrants(user).stream()
        .filter(grant -> !grant.operation().equals("Describe"))
        .collect(Collectors.toSet());
  }

  private static Set<Grant> allGrants(String user) {
    Set<Grant> grants = new HashSet<>();
    for (AclRule rule : USERS.get(user).getSpec().getAuthorization().getAcls()) {
      assertThat(rule.getHost()).as("%s: %s", user, rule.getResource().getName()).isEqualTo("*");
      for (String operation : rule.getOperations()) {
        grants.add(
            new Grant(
                rule.getResource().getType(),
                rule.getResource().getName(),
                rule.getResource().getPatternType(),
                operation));
      }
    }
    return grants;
  }

  private static Set<String> writersOf(String topic) {
    return USERS.keySet().stream()
        .filter(user -> grants(user).contains(new Grant("topic", topic, "literal", "Write")))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static boolean sameResource(Grant a, Grant b) {
    return a.resourceType().equals(b.resourceType())
        && a.name().equals(b.name())
        && a.patternType().equals(b.patternType());
  }

  private static PodSpec podSpec(HasMetadata object) {
    if (object instanceof Deployment deployment) {
      return deployment.getSpec().getTemplate().getSpec();
    }
    if (object instanceof StatefulSet statefulSet) {
      return statefulSet.getSpec().getTemplate().getSpec();
    }
    return null;
  }

  private PodSpec podOf(String service) {
    return DeployFiles.baseManifests().stream()
        .map(file -> TypedObjects.parse(DeployFiles.document(file)))
        .filter(object -> object.getMetadata().getName().equals(service))
        .map(KafkaUsersTest::podSpec)
        .filter(pod -> pod != null)
        .findFirst()
        .orElseThrow();
  }

  /** {@code secret/key} of the Secret volume mounted where {@code file} lies. */
  private static String secretKeyMountedAt(PodSpec pod, String file) {
    Path path = Path.of(file);
    for (VolumeMount mount : pod.getContainers().get(0).getVolumeMounts()) {
      if (path.getParent().equals(Path.of(mount.getMountPath()))) {
        Volume volume =
            pod.getVolumes().stream()
                .filter(candidate -> candidate.getName().equals(mount.getName()))
                .findFirst()
                .orElseThrow();
        String key =
            volume.getSecret().getItems().stream()
                .filter(item -> item.getPath().equals(path.getFileName().toString()))
                .findFirst()
                .orElseThrow()
                .getKey();
        return volume.getSecret().getSecretName() + "/" + key;
      }
    }
    throw new AssertionError("no volume mounted at " + path.getParent());
  }

  private static Map<String, String> plainEnvironment(Container container) {
    Map<String, String> values = new TreeMap<>();
    for (EnvVar variable : container.getEnv()) {
      values.put(variable.getName(), variable.getValue());
    }
    return values;
  }

  /** The container's environment with every {@code _FILE} stood in by a local file. */
  private Map<String, String> environment(Container container) {
    Map<String, String> values = plainEnvironment(container);
    values.replaceAll((name, value) -> name.endsWith("_FILE") ? standIn(value) : value);
    return values;
  }

  private String standIn(String mountedPath) {
    try {
      String key = Path.of(mountedPath).getFileName().toString();
      String content = STAND_INS.getOrDefault(key, "stand-in-" + key);
      return Files.writeString(secrets.resolve(key), content + "\n").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
