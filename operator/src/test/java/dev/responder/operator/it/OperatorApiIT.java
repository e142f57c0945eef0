package dev.responder.operator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.operator.OperatorConfig;
import dev.responder.operator.OperatorService;
import dev.responder.operator.auth.Secrets;
import dev.responder.operator.auth.UserAccount;
import dev.responder.operator.auth.UsersFile;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.command.Role;
import dev.responder.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator API against the real Kafka broker: what it accepts is on the commands topic with
 * author and role, and what it refuses is not. The incident and the approval request are written as
 * the correlator and remediator write them.
 */
@ExtendWith(SandboxExtension.class)
class OperatorApiIT {

  static final String CAROL = "carol-token-it";
  static final String DAVE = "dave-token-it";
  static final String VIC = "vic-token-it";
  static final String DAVE_PASSWORD = "dave-password-it";

  @TempDir static Path dir;
  private static OperatorService service;
  private static KafkaBroker kafka;

  @BeforeAll
  static void start(KafkaBroker broker) throws Exception {
    kafka = broker;
    Path users = dir.resolve("users.yaml");
    Files.writeString(
        users,
        UsersFile.render(
            List.of(
                new UserAccount(
                    "carol", Role.APPROVER, Optional.empty(), Set.of(Secrets.hashToken(CAROL))),
                new UserAccount(
                    "dave",
                    Role.RESPONDER,
                    Optional.of(Secrets.hashPassword(DAVE_PASSWORD)),
                    Set.of(Secrets.hashToken(DAVE))),
                new UserAccount(
                    "vic", Role.VIEWER, Optional.empty(), Set.of(Secrets.hashToken(VIC))))));
    service =
        OperatorService.start(
            OperatorConfig.fromMap(
                Map.of(
                    OperatorConfig.HOST, "127.0.0.1",
                    OperatorConfig.PORT, "0",
                    OperatorConfig.USERS_FILE, users.toString(),
                    OperatorConfig.CATALOG, Path.of("..", "runbooks", "crm.yaml").toString(),
                    OperatorConfig.BOOTSTRAP, broker.bootstrapServers())),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static ApiClient as(String token) {
    return ApiClient.bearer(service.uri(), token);
  }

  @Test
  void shouldAnswerWhoIsAskingAndRefuseStrangersWithJson() throws Exception {
    ApiClient.Reply carol = as(CAROL).get("/v1/whoami");
    String basic =
        Base64.getEncoder()
            .encodeToString(("dave:" + DAVE_PASSWORD).getBytes(StandardCharsets.UTF_8));
    ApiClient.Reply dave = new ApiClient(service.uri(), "Basic " + basic).get("/v1/whoami");
    ApiClient.Reply stranger = new ApiClient(service.uri(), null).get("/v1/whoami");

    assertThat(carol.status()).isEqualTo(200);
    assertThat(carol.text("user")).isEqualTo("carol");
    assertThat(carol.text("role")).isEqualTo("approver");
    assertThat(dave.text("user")).isEqualTo("dave");
    assertThat(stranger.status()).isEqualTo(401);
    assertThat(stranger.text("reason")).isEqualTo("unauthenticated");
    assertThat(stranger.text("message")).contains("Authorization");
  }

  @Test
  void shouldServeProbesAndMetrics() throws Exception {
    ApiClient anyone = new ApiClient(service.uri(), null);
    await().atMost(Duration.ofSeconds(30)).until(() -> anyone.get("/readyz").status() == 200);
    as(CAROL).get("/v1/whoami");

    assertThat(anyone.get("/livez").status()).isEqualTo(200);
    assertThat(anyone.get("/metrics").body().path("text").asText())
        .contains("operator_requests_total");
  }

  @Test
  void shouldWriteTheAllowedApprovalAndNothingForTheRefusedOne() throws Exception {
    // given a P1 commanded by alice whose restart waits for approval
    String incidentId = "INC-IT-" + UUID.randomUUID().toString().substring(0, 8);
    String actionKey = incidentId + "/api-unresponsive/restart_backend/crm/deployment/crm-backend";
    try (CommandTopic commands = new CommandTopic()) {
      publish(incidentId, actionKey, "alice");
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> as(VIC).get("/v1/approvals").body().toString().contains(actionKey));

      // when dave (a responder, not the commander) approves, then carol (an approver) does
      ApiClient.Reply refused = as(DAVE).post("/v1/approvals/" + actionKey + "/approve", "{}");
      ApiClient.Reply accepted =
          as(CAROL).post("/v1/approvals/" + actionKey + "/approve", "{\"comment\": \"go\"}");
      ApiClient.Reply twice = as(CAROL).post("/v1/approvals/" + actionKey + "/approve", "{}");

      // then dave is told why, carol's approval is durable with her role, the second is a conflict
      assertThat(refused.status()).isEqualTo(403);
      assertThat(refused.text("reason")).isEqualTo("approver_not_allowed");
      assertThat(refused.text("message")).contains("dave (responder)").contains("alice");
      assertThat(accepted.status()).isEqualTo(202);
      assertThat(twice.status()).isEqualTo(409);
      assertThat(twice.text("reason")).isEqualTo("already_answered");
      List<Command> written =
          commands.awaitUntil(c -> c.getCommandId().toString().equals(accepted.text("commandId")));
      List<Command> aboutThisAction =
          written.stream().filter(c -> actionKey.equals(c.getActionKey())).toList();
      assertThat(aboutThisAction).hasSize(1);
      Command approval = aboutThisAction.get(0);
      assertThat(approval.getType()).isEqualTo(CommandType.APPROVE);
      assertThat(approval.getAuthor()).isEqualTo("carol");
      assertThat(approval.getAuthorRole()).isEqualTo("approver");
      assertThat(approval.getIncidentId()).isEqualTo(incidentId);
    }
  }

  @Test
  void shouldRefuseMalformedAndExplosiveRegexesWritingNothing() throws Exception {
    try (CommandTopic commands = new CommandTopic()) {
      // when
      ApiClient.Reply malformed =
          as(DAVE)
              .post(
                  "/v1/silences",
                  "{\"matchers\": \"{service=~\\\"(a+\\\"}\", \"durationMinutes\": 30, \"comment\": \"x\"}");
      ApiClient.Reply explosive =
          as(DAVE)
              .post(
                  "/v1/silences",
                  "{\"matchers\": \"{service=~\\\"((a{100}){100}){100}\\\"}\", \"durationMinutes\": 30, \"comment\": \"x\"}");
      ApiClient.Reply noComment =
          as(DAVE)
              .post(
                  "/v1/silences",
                  "{\"matchers\": \"{alertname=\\\"X\\\"}\", \"durationMinutes\": 30}");
      ApiClient.Reply valid =
          as(DAVE)
              .post(
                  "/v1/silences",
                  "{\"matchers\": \"{alertname=\\\"CrmWorkerQueueStuck\\\", namespace=~\\\"crm.*\\\"}\", \"durationMinutes\": 30, \"comment\": \"deploying\"}");

      // then the three are refused with 400 and only the valid one reaches the topic
      assertThat(List.of(malformed.status(), explosive.status(), noComment.status()))
          .containsOnly(400);
      assertThat(malformed.text("reason")).isEqualTo("invalid_matcher");
      assertThat(explosive.text("message")).contains("1000 copies");
      assertThat(noComment.text("reason")).isEqualTo("comment_required");
      assertThat(valid.status()).isEqualTo(202);
      List<Command> written =
          commands.awaitUntil(c -> c.getCommandId().toString().equals(valid.text("commandId")));
      assertThat(written).extracting(Command::getType).containsOnly(CommandType.SILENCE);
      assertThat(written).hasSize(1);
      assertThat(as(VIC).get("/v1/silences").body().toString())
          .contains(valid.text("silenceId"))
          .contains("namespace=~\\\"crm.*\\\"");
    }
  }

  @Test
  void shouldAnswerUnknownIncidentsWith404() throws Exception {
    ApiClient.Reply shown = as(VIC).get("/v1/incidents/INC-NOPE");
    ApiClient.Reply acked = as(DAVE).post("/v1/incidents/INC-NOPE/ack", "");
    ApiClient.Reply notJson = as(DAVE).post("/v1/incidents/INC-NOPE/ack", "[1]");

    assertThat(shown.status()).isEqualTo(404);
    assertThat(shown.text("reason")).isEqualTo("unknown_incident");
    assertThat(acked.status()).isEqualTo(404);
    assertThat(notJson.status()).isEqualTo(400);
    assertThat(notJson.text("reason")).isEqualTo("invalid_json");
  }

  private static void publish(String incidentId, String actionKey, String commander)
      throws Exception {
    Instant now = Instant.now();
    Incident incident =
        Incident.newBuilder()
            .setIncidentId(incidentId)
            .setRunbookId("api-unresponsive")
            .setTitle("API Unresponsive")
            .setSeverity(Severity.P1)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey("api-unresponsive|crm")
            .setCatalogVersion("it")
            .setDetectedAt(now)
            .setResponseDueAt(now.plusSeconds(900))
            .setCommander(commander)
            .setUpdatedAt(now)
            .build();
    RemediationOutcome waiting =
        RemediationOutcome.newBuilder()
            .setOutcomeId(UUID.randomUUID().toString())
            .setIncidentId(incidentId)
            .setRunbookId("api-unresponsive")
            .setStep("restart_backend")
            .setKind(OutcomeKind.ACTION)
            .setOperation("kubernetes.rolloutRestart")
            .setTarget("crm/deployment/crm-backend")
            .setStatus(OutcomeStatus.AWAITING_APPROVAL)
            .setReason(OutcomeReason.COMPLETED)
            .setEvidence(new Evidence(Map.of(), List.of()))
            .setStartedAt(now)
            .setFinishedAt(now)
            .setCatalogVersion("it")
            .setActionKey(actionKey)
            .build();
    Map<String, Object> props =
        Map.of(
            ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
            kafka.bootstrapServers(),
            ProducerConfig.ACKS_CONFIG,
            "all");
    try (var incidents =
            new KafkaProducer<>(
                props, new StringSerializer(), Topics.INCIDENTS.values().serializer());
        var outcomes =
            new KafkaProducer<>(
                props, new StringSerializer(), Topics.OUTCOMES.values().serializer())) {
      incidents.send(new ProducerRecord<>(Topics.INCIDENTS.name(), incidentId, incident)).get();
      outcomes.send(new ProducerRecord<>(Topics.OUTCOMES.name(), incidentId, waiting)).get();
    }
  }

  /** The commands topic read from its end at creation. */
  private static final class CommandTopic implements AutoCloseable {
    private final KafkaConsumer<String, Command> consumer;
    private final List<Command> seen = new ArrayList<>();

    CommandTopic() {
      consumer =
          new KafkaConsumer<>(
              Map.of(
                  ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                  kafka.bootstrapServers(),
                  ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                  false),
              new StringDeserializer(),
              Topics.COMMANDS.values().deserializer());
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.COMMANDS.name()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToEnd(partitions);
      partitions.forEach(consumer::position);
    }

    /**
     * Every command read until one satisfies {@code last}: the commands topic has one partition.
     */
    List<Command> awaitUntil(java.util.function.Predicate<Command> last) {
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.value()));
                return seen.stream().anyMatch(last);
              });
      return List.copyOf(seen);
    }

    @Override
    public void close() {
      consumer.close();
    }
  }
}
