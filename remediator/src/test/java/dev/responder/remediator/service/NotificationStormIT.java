package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.responder.remediator.it.HealthBackend;
import dev.responder.remediator.it.MutableClock;
import dev.responder.remediator.it.SlackIncomingWebhook;
import dev.responder.remediator.it.SlackIncomingWebhook.Message;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications in a storm, on the real stack: incident events on Kafka, the ledger and its storm
 * windows in PostgreSQL, outcomes back on Kafka, and a loopback server that holds every message to
 * Slack's incoming-webhook format. The service's clock only moves when the test moves it, so
 * "within the window" does not depend on how fast this machine is.
 */
@ExtendWith(SandboxExtension.class)
class NotificationStormIT {

  private static final int STORM = 2_000;
  private static final Duration WINDOW = Duration.ofMinutes(1);
  private static final Pattern DIGEST =
      Pattern.compile(
          "^(\\d+) more incidents? of runbook worker-queue-stuck in scope (\\S+) since"
              + " \\d\\d:\\d\\d UTC: ");

  private final ServiceHarness harness;
  private final SlackIncomingWebhook slack = new SlackIncomingWebhook();
  private final HealthBackend api = new HealthBackend(() -> true);
  private final MutableClock clock =
      new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
  private final String run = UUID.randomUUID().toString().substring(0, 6);

  NotificationStormIT(KafkaBroker kafka, Postgres postgres, Redis redis, KubernetesApi kubernetes)
      throws Exception {
    this.harness = new ServiceHarness(kafka, postgres, redis, kubernetes);
    harness.environment.put("RESPONDER_NOTIFY_WEBHOOK", slack.uri().toString());
    harness.environment.put(
        "RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES",
        HealthBackend.CATALOG_URL + "=" + api.uri().resolve("/health"));
  }

  @AfterEach
  void stop() {
    slack.close();
    api.close();
  }

  @Test
  void shouldSendASingleIncidentsMessagesAtOnceAndNoDigestAfterItsWindow() throws Exception {
    try (RemediatorService service = start()) {
      harness.publish(List.of(opened("LONE-" + run, "crm-worker")));

      await()
          .atMost(Duration.ofSeconds(60))
          .alias("both communicate steps told people, the clock not moved at all")
          .until(() -> slack.messages().size() == 2);
      assertThat(slack.messages())
          .extracting(Message::channel)
          .containsExactlyInAnyOrder("status-page", "slack:#crm-incidents");
      assertThat(slack.messages())
          .filteredOn(m -> m.channel().equals("slack:#crm-incidents"))
          .singleElement()
          .satisfies(m -> assertThat(m.text()).contains("LONE-" + run));

      clock.advance(WINDOW.plusSeconds(1));
      harness.publish(List.of(opened("LATER-" + run, "crm-api")));
      await()
          .atMost(Duration.ofSeconds(60))
          .alias("the next incident, in another scope, was told (the loop has ticked meanwhile)")
          .until(() -> slack.messages().size() == 4);
      assertThat(slack.messages()).noneMatch(m -> DIGEST.matcher(m.text()).find());
      assertThat(slack.refused()).isEmpty();
    }
  }

  @Test
  void shouldTellOfTwoThousandIncidentsOfOneRunbookAndScopeInAFewMessagesThatNameTheCount()
      throws Exception {
    List<String> storm =
        IntStream.rangeClosed(1, STORM).mapToObj(i -> "STORM-%s-%04d".formatted(run, i)).toList();
    try (RemediatorService service = start()) {
      harness.publish(storm.stream().map(id -> opened(id, "crm-worker")).toList());
      List<RemediationOutcome> told =
          awaitNotifications(storm, o -> !o.getStep().contains(".digest."), 2 * STORM);

      assertThat(slack.messages())
          .as("within the window only the first incident's two messages went out")
          .hasSize(2);
      for (String step : List.of("status_page", "stakeholders")) {
        List<RemediationOutcome> ofStep =
            told.stream().filter(o -> o.getStep().equals(step)).toList();
        assertThat(ofStep)
            .as("%s: one outcome per incident", step)
            .extracting(RemediationOutcome::getIncidentId)
            .doesNotHaveDuplicates()
            .hasSize(STORM);
        assertThat(ofStep)
            .filteredOn(o -> o.getReason() == OutcomeReason.COMPLETED)
            .singleElement()
            .satisfies(o -> assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED));
        assertThat(ofStep)
            .filteredOn(o -> o.getReason() == OutcomeReason.AGGREGATED)
            .hasSize(STORM - 1)
            .allSatisfy(o -> assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SKIPPED));
      }

      clock.advance(WINDOW);
      await()
          .atMost(Duration.ofSeconds(60))
          .alias("one digest per contact once the window has ended")
          .until(() -> slack.messages().size() == 4);
      List<RemediationOutcome> digests =
          awaitNotifications(storm, o -> o.getStep().contains(".digest."), 2);

      List<Message> messages = slack.messages();
      for (String channel : List.of("status-page", "slack:#crm-incidents")) {
        List<Message> to = messages.stream().filter(m -> m.channel().equals(channel)).toList();
        assertThat(to).as("messages to %s", channel).hasSize(2);
        Matcher digest = DIGEST.matcher(to.get(1).text());
        assertThat(digest.find()).as("digest: %s", to.get(1).text()).isTrue();
        assertThat(Integer.parseInt(digest.group(1)) + 1)
            .as("the first message and the digest together name every incident")
            .isEqualTo(STORM);
        assertThat(digest.group(2)).isEqualTo("crm/crm-worker");
        assertThat(to.get(1).text()).endsWith("(and " + (STORM - 1 - 10) + " more)");
      }
      assertThat(messages)
          .filteredOn(m -> m.channel().equals("status-page"))
          .allSatisfy(m -> assertThat(m.component()).isEqualTo("CRM API"));
      assertThat(digests)
          .allSatisfy(
              o -> {
                assertThat(o.getStep()).matches("(status_page|stakeholders)\\.digest\\.\\d+");
                assertThat(o.getStatus()).isEqualTo(OutcomeStatus.SUCCEEDED);
                assertThat(o.getEvidence().getLines())
                    .anySatisfy(line -> assertThat(line).contains((STORM - 1) + " more incidents"));
              });
      assertThat(slack.refused()).isEmpty();
    }
  }

  private RemediatorService start() {
    return RemediatorService.start(RemediatorConfig.fromMap(harness.environment), clock);
  }

  /**
   * Reads responder.outcomes.v1 from the start until {@code count} notification outcomes of these
   * incidents that {@code match} have arrived (hand-offs aside); returns them.
   */
  private List<RemediationOutcome> awaitNotifications(
      List<String> incidents, Predicate<RemediationOutcome> match, int count) {
    Set<String> wanted = Set.copyOf(incidents);
    List<RemediationOutcome> seen = new ArrayList<>();
    try (KafkaConsumer<String, RemediationOutcome> consumer = harness.outcomeConsumer()) {
      await()
          .atMost(Duration.ofMinutes(10))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                consumer
                    .poll(Duration.ofMillis(500))
                    .forEach(
                        record -> {
                          RemediationOutcome o = record.value();
                          if (wanted.contains(o.getIncidentId())
                              && o.getKind() == OutcomeKind.NOTIFICATION
                              && o.getReason() != OutcomeReason.HANDED_TO_PERSON
                              && match.test(o)) {
                            seen.add(o);
                          }
                        });
                return seen.size() >= count;
              });
    }
    return seen;
  }

  private IncidentEvent opened(String incidentId, String service) {
    return ServiceHarness.opened(incidentId, service, clock.instant());
  }
}
