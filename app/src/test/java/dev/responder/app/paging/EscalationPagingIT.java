package dev.responder.app.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.ingest.IngestConfig;
import dev.responder.ingest.IngestService;
import dev.responder.remediator.adapter.delivery.ContactRouter;
import dev.responder.remediator.adapter.delivery.DeliveryConfig;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.pager.PagerService;
import dev.responder.remediator.port.Result;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.paging.PagerDutyLoopback;
import dev.responder.sandbox.paging.PagerDutyLoopback.AlertStatus;
import dev.responder.sandbox.paging.Received;
import dev.responder.sandbox.paging.SlackLoopback;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The escalation ladder delivered, on the real broker: an alert posted to ingest becomes a P1
 * incident in the real correlator, whose pager contact of level 1 is triggered on the PagerDuty
 * loopback at detection; nobody acknowledges, so at the response deadline the correlator climbs and
 * level 2 is triggered; an ACKNOWLEDGE command (as the operator API writes it) stops the climb and
 * acknowledges both pages upstream; RESOLVE resolves them. The catalog is the shipped one with the
 * P1 deadline at 8 s and level 2's wait at 30 s, and the runbook matching an alertname only this
 * test sends, so alerts other tests left on the broker page nobody here.
 */
@ExtendWith(SandboxExtension.class)
class EscalationPagingIT {

  private static final String ONCALL_KEY = "0NCALL00000000000000000000000001";
  private static final String LEAD_KEY = "1EAD0000000000000000000000000002";
  private static final String TOKEN = "paging-it-token";

  @TempDir Path dir;

  @Test
  void shouldPageTheLadderOnTimeAndAcknowledgeAndResolveUpstream(KafkaBroker kafka)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    Path catalog = catalog();
    try (PagerDutyLoopback pagerDuty = new PagerDutyLoopback(Clock.systemUTC());
        SlackLoopback slack = new SlackLoopback(Clock.systemUTC());
        CorrelatorService correlator = correlator(kafka, catalog, run);
        PagerService pager = pager(kafka, catalog, run, pagerDuty, slack);
        IngestService ingest = ingest(kafka)) {
      // when a critical alert fires
      Instant posted = Instant.now();
      post(ingest.uri(), run);

      // then level 1 is paged at detection, with the incident as dedup key
      Received first =
          await()
              .atMost(Duration.ofSeconds(90))
              .until(() -> triggers(pagerDuty, ONCALL_KEY), list -> !list.isEmpty())
              .get(0);
      String incident = first.body().get("dedup_key").asText();
      assertThat(incident).startsWith("INC-");
      assertThat(first.body().at("/payload/severity").asText()).isEqualTo("critical");
      assertThat(pagerDuty.alert(LEAD_KEY, incident)).isEmpty();

      // and, nobody acknowledging, level 2 at the deadline (8 s after detection), not before
      Received second =
          await()
              .atMost(Duration.ofSeconds(90))
              .until(() -> triggers(pagerDuty, LEAD_KEY), list -> !list.isEmpty())
              .get(0);
      assertThat(second.body().get("dedup_key").asText()).isEqualTo(incident);
      assertThat(second.at()).isAfterOrEqualTo(posted.plusSeconds(8));
      assertThat(second.body().at("/payload/summary").asText())
          .contains("escalated to level 2 (Platform lead)");

      // when the on-call engineer acknowledges through a command
      send(kafka, command(CommandType.ACKNOWLEDGE, incident, run));

      // then both pages are acknowledged upstream and the channel says who acknowledged
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  pagerDuty
                          .alert(ONCALL_KEY, incident)
                          .equals(Optional.of(AlertStatus.ACKNOWLEDGED))
                      && pagerDuty
                          .alert(LEAD_KEY, incident)
                          .equals(Optional.of(AlertStatus.ACKNOWLEDGED)));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> said(slack, "#crm-incidents", incident + " acknowledged by alice"));
      // and the climb stopped: level 3 (#devops), due 30 s after level 2, hears nothing
      await()
          .during(Duration.ofSeconds(35))
          .atMost(Duration.ofSeconds(60))
          .until(() -> slack.messages("#devops").isEmpty());

      // when it is resolved
      send(kafka, command(CommandType.RESOLVE, incident, run));
      await()
          .atMost(Duration.ofSeconds(60))
          .until(
              () ->
                  pagerDuty.alert(ONCALL_KEY, incident).equals(Optional.of(AlertStatus.RESOLVED))
                      && pagerDuty
                          .alert(LEAD_KEY, incident)
                          .equals(Optional.of(AlertStatus.RESOLVED)));
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> said(slack, "#crm-incidents", "responder report " + incident));
      // then PagerDuty held one alert per service, and every request was in its format
      assertThat(pagerDuty.answered(400)).isEmpty();
      assertThat(triggers(pagerDuty, ONCALL_KEY)).hasSize(1);
      assertThat(slack.messages("#crm-platform"))
          .anySatisfy(m -> assertThat(m.text()).contains(incident, "escalated to level 2"));
      assertThat(slack.messages()).noneMatch(SlackLoopback.Message::sentChannelField);
    }
  }

  private static List<Received> triggers(PagerDutyLoopback pagerDuty, String routingKey) {
    return pagerDuty.accepted(
        r ->
            r.body().get("routing_key").asText().equals(routingKey)
                && r.body().get("event_action").asText().equals("trigger"));
  }

  private static boolean said(SlackLoopback slack, String channel, String text) {
    // The summary is the message's text; details such as the report command are in its blocks.
    return slack.messages(channel).stream()
        .anyMatch(m -> m.text().contains(text) || String.valueOf(m.blocks()).contains(text));
  }

  /** The shipped catalog, with a short P1 deadline and level-2 wait and a test-only alertname. */
  private Path catalog() throws Exception {
    String yaml = Files.readString(Path.of("../runbooks/crm.yaml"));
    String derived =
        yaml.replaceFirst("responseTime: 15m", "responseTime: 8s")
            .replaceFirst("escalateAfter: 30m", "escalateAfter: 30s")
            .replace(
                "alertname=~\"HighErrorRate|CrmApiHighErrorRate|CrmApiTimeouts|CrmApiDown\"",
                "alertname=\"PagingItApiDown\"");
    assertThat(derived).contains("responseTime: 8s", "escalateAfter: 30s", "PagingItApiDown");
    Path file = Files.writeString(dir.resolve("catalog.yaml"), derived);
    CatalogLoader.require(file);
    return file;
  }

  private CorrelatorService correlator(KafkaBroker kafka, Path catalog, String run)
      throws Exception {
    Map<String, String> settings = new HashMap<>();
    settings.put(CorrelatorConfig.BOOTSTRAP, kafka.bootstrapServers());
    settings.put(CorrelatorConfig.APPLICATION_ID, "paging-it-" + run);
    settings.put(
        CorrelatorConfig.STATE_DIR, Files.createDirectories(dir.resolve("state")).toString());
    settings.put(CorrelatorConfig.HTTP_PORT, "0");
    settings.put(CorrelatorConfig.PUNCTUATION_INTERVAL, "PT1S");
    settings.put(CorrelatorConfig.CATALOG, catalog.toString());
    CorrelatorConfig config = CorrelatorConfig.fromMap(settings);
    CatalogPorts ports = CatalogPorts.load(catalog);
    return CorrelatorService.start(
        config,
        CorrelatorTopics.standard(),
        ports.classifier(),
        ports.policy(),
        ports.severityRules(),
        ports.inhibitRules());
  }

  private PagerService pager(
      KafkaBroker kafka, Path catalog, String run, PagerDutyLoopback pagerDuty, SlackLoopback slack)
      throws Exception {
    Files.writeString(dir.resolve("pd-oncall"), ONCALL_KEY);
    Files.writeString(dir.resolve("pd-lead"), LEAD_KEY);
    for (String channel : List.of("crm-incidents", "crm-platform", "devops")) {
      Files.writeString(dir.resolve("slack-" + channel), slack.webhook("#" + channel).toString());
    }
    Path delivery =
        Files.writeString(
            dir.resolve("delivery.yaml"),
            """
            incidentChannel: "slack:#crm-incidents"
            stormWindow: 0s
            retry: {attempts: 3, first: 200ms, max: 1s}
            pagerduty:
              url: "%s"
              routingKeyFiles: {crm-oncall: pd-oncall, platform-lead: pd-lead}
            slack:
              webhookFiles:
                "#crm-incidents": slack-crm-incidents
                "#crm-platform": slack-crm-platform
                "#devops": slack-devops
            """
                .formatted(pagerDuty.enqueue()));
    DeliveryConfig config = DeliveryConfig.load(delivery, Duration.ofSeconds(5));
    ContactRouter router =
        ContactRouter.of(
            config,
            Duration.ofSeconds(5),
            Clock.systemUTC(),
            (channel, message, component) ->
                Result.failed(FailureKind.PERMANENT, "no fallback in this test"));
    return new PagerService(
        new PagerService.Kafka(
            kafka.bootstrapServers(), "paging-it-pager-" + run, KafkaClientSecurity.PLAINTEXT),
        CatalogLoader.require(catalog),
        config,
        router,
        Clock.systemUTC(),
        new SimpleMeterRegistry());
  }

  private static IngestService ingest(KafkaBroker kafka) throws Exception {
    return IngestService.start(
        IngestConfig.fromMap(
            Map.of(
                IngestConfig.HOST,
                "127.0.0.1",
                IngestConfig.PORT,
                "0",
                IngestConfig.BOOTSTRAP,
                kafka.bootstrapServers(),
                IngestConfig.TOKEN,
                TOKEN)));
  }

  private static void post(URI ingest, String run) throws Exception {
    String webhook =
        """
        {"version":"4","receiver":"responder","status":"firing","groupKey":"paging-%s",
         "alerts":[{"status":"firing","fingerprint":"paging-%s","startsAt":"%s",
           "labels":{"alertname":"PagingItApiDown","namespace":"crm","service":"crm-backend",
                     "severity":"critical","run":"%s"},
           "annotations":{"summary":"crm-backend answers 503"}}]}
        """
            .formatted(run, run, Instant.now(), run);
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(ingest.resolve("/v1/alertmanager"))
                    .header("Authorization", "Bearer " + TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(webhook))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
  }

  /** A command as the operator API writes it: typed, authored, keyed by the incident. */
  private static Command command(CommandType type, String incident, String run) {
    return Command.newBuilder()
        .setCommandId("paging-it-" + run + "-" + type)
        .setType(type)
        .setIssuedAt(Instant.now())
        .setAuthor("alice")
        .setComment("from EscalationPagingIT")
        .setIncidentId(incident)
        .build();
  }

  private static void send(KafkaBroker kafka, Command command) throws Exception {
    try (KafkaProducer<String, Command> producer =
        new KafkaProducer<>(
            Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.ACKS_CONFIG,
                "all"),
            new StringSerializer(),
            Topics.COMMANDS.values().serializer())) {
      producer
          .send(new ProducerRecord<>(Topics.COMMANDS.name(), command.getIncidentId(), command))
          .get();
    }
  }
}
