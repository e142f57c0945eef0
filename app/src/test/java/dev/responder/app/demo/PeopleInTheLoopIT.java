package dev.responder.app.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.app.Main;
import dev.responder.app.local.Endpoints;
import dev.responder.app.local.LocalDirectory;
import dev.responder.app.local.LocalOptions;
import dev.responder.app.local.LocalService;
import dev.responder.app.local.LocalStack;
import dev.responder.app.operator.OperatorClient;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * People act through {@code responder} on a local stack, end to end: a silence made by the command
 * line silences the next matching alert; a bad regex is refused and writes nothing; the gated
 * restart of the P1 is refused to a responder who is not the commander, approved by the approver,
 * and executed; the commander's acknowledgement by the command line acknowledges the P1's page
 * upstream (local mode's loopback PagerDuty).
 */
class PeopleInTheLoopIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TopicPartition COMMANDS = new TopicPartition(Topics.COMMANDS.name(), 0);

  @TempDir Path root;

  private record Run(int exit, String out, String err) {}

  private Run cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--root", root.toString()));
    int exit =
        Main.commandLine()
            .setOut(new PrintWriter(out, true))
            .setErr(new PrintWriter(err, true))
            .execute(all.toArray(String[]::new));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void shouldSilenceRefuseAndApproveThroughTheCommandLine() throws Exception {
    // given a local stack
    Files.createDirectories(root.resolve("runbooks"));
    Files.copy(Path.of("..", "runbooks", "crm.yaml"), root.resolve("runbooks").resolve("crm.yaml"));
    LocalDirectory directory = new LocalDirectory(root);
    LocalDirectory.Lock lock = directory.tryLock().orElseThrow();
    LocalStack stack =
        LocalStack.start(new LocalOptions(root, root.resolve("runbooks/crm.yaml"), 0), directory);
    try (Admin admin =
        Admin.create(
            Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.endpoints().kafka()))) {
      Endpoints endpoints = stack.endpoints();
      assertThat(endpoints.console()).startsWith("http://127.0.0.1:");
      IngestClient ingest =
          new IngestClient(
              URI.create(endpoints.ingest()), endpoints.ingestToken(), endpoints.eventsToken());
      URI correlatorMetrics = URI.create(service(stack, "correlator") + "/metrics");
      long silencedBefore = silenced(correlatorMetrics);

      // when a bad regex is offered, then a good silence
      Run bad =
          cli(
              "silence",
              "create",
              "{alertname=~\"(a+\"}",
              "--for",
              "30",
              "-m",
              "x",
              "--as",
              "dave");
      Run silence =
          cli(
              "silence",
              "create",
              "{alertname=\"CrmWorkerQueueStuck\", namespace=~\"crm.*\"}",
              "--for",
              "30",
              "-m",
              "maintenance of crm-worker",
              "--as",
              "dave");

      // then the bad one is refused naming the problem, the good one accepted
      assertThat(bad.exit()).as(bad.err()).isEqualTo(1);
      assertThat(bad.err()).contains("400").contains("invalid_matcher").contains("(a+");
      assertThat(silence.exit()).as(silence.err()).isZero();
      assertThat(silence.out()).contains("SIL-");
      assertThat(cli("silence", "list").out()).contains("maintenance of crm-worker");

      // and once the correlator has read the silence, the next matching alert is silenced
      awaitCorrelatorRead(admin);
      ingest.send(
          new Signal.Alertmanager(
              Map.of(
                  "alertname",
                  "CrmWorkerQueueStuck",
                  "namespace",
                  "crm",
                  "deployment",
                  "crm-worker",
                  "severity",
                  "warning"),
              "worker stuck"),
          Instant.now(),
          false);
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> silenced(correlatorMetrics) == silencedBefore + 1);

      // when the backend breaks and the P1's restart waits for approval
      new SimulatorClient(URI.create(Files.readString(directory.simulatorFile()).strip()))
          .fault("break-backend", Map.of());
      ingest.send(
          new Signal.Alertmanager(
              Map.of(
                  "alertname",
                  "CrmApiHighErrorRate",
                  "namespace",
                  "crm",
                  "service",
                  "crm-backend",
                  "severity",
                  "critical"),
              "more than 5% of CRM API requests fail"),
          Instant.now(),
          false);
      JsonNode waiting =
          await()
              .atMost(Duration.ofSeconds(90))
              .until(() -> restartWaiting(cli("approvals", "--json")), node -> node != null);
      String actionKey = waiting.path("actionKey").asText();
      String incident = waiting.path("incidentId").asText();
      assertThat(cli("approvals").out()).contains(actionKey).contains("min left");

      // and carol is made commander, so dave (a responder) is not one
      assertThat(cli("assign", incident, "carol", "--as", "dave").exit()).isZero();
      OperatorClient vic =
          new OperatorClient(
              URI.create(endpoints.console()),
              Files.readString(directory.operatorTokenFile("vic")).strip());
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  "carol"
                      .equals(
                          vic.get("/v1/incidents/" + incident).body().path("commander").asText()));
      long commandsBefore = endOffset(admin);
      Run refused = cli("approve", actionKey, "--as", "dave");
      Run approved = cli("approve", actionKey, "--as", "carol", "-m", "restart it");

      // then dave is refused with the reason, carol's approval is the one command written
      assertThat(refused.exit()).isEqualTo(1);
      assertThat(refused.err())
          .contains("403")
          .contains("approver_not_allowed")
          .contains("dave (responder) is not among the approvers");
      assertThat(approved.exit()).as(approved.err()).isZero();
      List<Command> written = commandsFrom(endpoints.kafka(), commandsBefore, endOffset(admin));
      assertThat(written).hasSize(1);
      assertThat(written.get(0).getAuthor()).isEqualTo("carol");
      assertThat(written.get(0).getAuthorRole()).isEqualTo("approver");
      assertThat(written.get(0).getActionKey()).isEqualTo(actionKey);

      // and the restart runs: the backend answers again and nothing waits any more
      SimulatorClient simulator =
          new SimulatorClient(URI.create(Files.readString(directory.simulatorFile()).strip()));
      await().atMost(Duration.ofSeconds(90)).until(() -> simulator.state().backendHealthy());
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> restartWaiting(cli("approvals", "--json")) == null);

      // when carol acknowledges the P1 with the command line
      assertThat(delivered(endpoints.kafka(), incident, "pagerduty.trigger")).isTrue();
      Run ack = cli("ack", incident, "--as", "carol", "-m", "on it");

      // then the page PagerDuty holds for it (local mode's loopback PagerDuty) is acknowledged
      assertThat(ack.exit()).as(ack.err()).isZero();
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> delivered(endpoints.kafka(), incident, "pagerduty.acknowledge"));
    } finally {
      stack.close();
      lock.close();
    }
  }

  private static String service(LocalStack stack, String name) {
    return stack.services().stream()
        .filter(s -> s.name().equals(name))
        .map(LocalService::uri)
        .flatMap(java.util.Optional::stream)
        .findFirst()
        .orElseThrow()
        .toString();
  }

  private static JsonNode restartWaiting(Run approvals) throws Exception {
    JsonNode body = JSON.readTree(approvals.out());
    return StreamSupport.stream(body.path("approvals").spliterator(), false)
        .filter(a -> a.path("plan").path("step").asText().equals("restart_backend"))
        .findFirst()
        .orElse(null);
  }

  private static long silenced(URI metrics) throws Exception {
    String text =
        HttpClient.newHttpClient()
            .send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
            .body();
    Matcher matcher =
        Pattern.compile(
                "responder_correlator_alerts_total\\{[^}]*disposition=\"silenced\"[^}]*\\} ([0-9.eE+]+)")
            .matcher(text);
    return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
  }

  /** Waits until the correlator has committed past every command written so far. */
  private static void awaitCorrelatorRead(Admin admin) {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              long end = endOffset(admin);
              OffsetAndMetadata committed =
                  admin
                      .listConsumerGroupOffsets("responder-correlator")
                      .partitionsToOffsetAndMetadata()
                      .get()
                      .get(COMMANDS);
              return committed != null && committed.offset() >= end;
            });
  }

  private static long endOffset(Admin admin) throws Exception {
    return admin
        .listOffsets(Map.of(COMMANDS, OffsetSpec.latest()))
        .all()
        .get()
        .get(COMMANDS)
        .offset();
  }

  /** Whether the pager recorded a delivered page of this move for the incident. */
  private static boolean delivered(String bootstrap, String incident, String operation) {
    try (KafkaConsumer<String, RemediationOutcome> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG,
                "read_committed"),
            new StringDeserializer(),
            Topics.OUTCOMES.values().deserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.OUTCOMES.name()).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
      List<RemediationOutcome> read = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
              });
      return read.stream()
          .anyMatch(
              o ->
                  o.getIncidentId().equals(incident)
                      && o.getOperation().equals(operation)
                      && o.getStatus() == OutcomeStatus.SUCCEEDED);
    }
  }

  private static List<Command> commandsFrom(String bootstrap, long from, long to) {
    try (KafkaConsumer<String, Command> consumer =
        new KafkaConsumer<>(
            Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                false),
            new StringDeserializer(),
            Topics.COMMANDS.values().deserializer())) {
      consumer.assign(List.of(COMMANDS));
      consumer.seek(COMMANDS, from);
      List<Command> read = new ArrayList<>();
      await()
          .atMost(Duration.ofSeconds(30))
          .until(
              () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> read.add(r.value()));
                return consumer.position(COMMANDS) >= to;
              });
      return read;
    }
  }
}
