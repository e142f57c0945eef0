package dev.responder.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.sandbox.support.FreePorts;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The real Prometheus Alertmanager 0.25 delivers to ingest: firing and resolved notifications, with
 * bearer auth from a credentials file, land on the topic as the alerts that were pushed.
 */
@ExtendWith(SandboxExtension.class)
class AlertmanagerInteropIT {

  private static final Logger LOGGER = LoggerFactory.getLogger(AlertmanagerInteropIT.class);

  private static final String NOT_INSTALLED =
      "Alertmanager is not installed (no /usr/bin/prometheus-alertmanager, no alertmanager on"
          + " the PATH): install the Debian package prometheus-alertmanager to run this test";

  @Test
  void shouldStoreFiringAndResolvedAlertsThatAlertmanagerDelivers(
      KafkaBroker kafka, @TempDir Path workDir) throws Exception {
    Optional<Path> binary = AlertmanagerProcess.binary();
    if (binary.isEmpty()) {
      LOGGER.warn("skipping: {}", NOT_INSTALLED);
    }
    assumeTrue(binary.isPresent(), NOT_INSTALLED);
    Path tokenFile = Files.writeString(workDir.resolve("token"), "am-" + UUID.randomUUID() + "\n");
    Map<String, String> env =
        Map.of(
            IngestConfig.HOST,
            "127.0.0.1",
            IngestConfig.PORT,
            "0",
            IngestConfig.BOOTSTRAP,
            kafka.bootstrapServers(),
            IngestConfig.TOKEN + "_FILE",
            tokenFile.toString());
    String run = UUID.randomUUID().toString();
    Instant startsAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    try (IngestService ingest = IngestService.start(IngestConfig.fromMap(env));
        AlertTopic topic = new AlertTopic(kafka.bootstrapServers());
        AlertmanagerProcess alertmanager =
            AlertmanagerProcess.start(
                binary.get(),
                workDir,
                ingest.uri().resolve("/v1/alertmanager"),
                tokenFile,
                FreePorts.next())) {
      assertThat(alertmanager.postAlerts(alerts(run, startsAt, null, "a", "b", "c")))
          .isEqualTo(200);

      List<ConsumerRecord<String, Alert>> firing =
          topic.awaitRecords(
              Duration.ofSeconds(30), seen -> instances(seen, run, AlertStatus.FIRING).size() == 3);

      assertThat(ofRun(firing, run))
          .allSatisfy(
              record -> {
                Alert alert = record.value();
                assertThat(record.key()).isEqualTo(alert.getFingerprint());
                assertThat(alert.getSource()).isEqualTo(AlertSource.ALERTMANAGER);
                assertThat(alert.getReceiver()).isEqualTo("ingest");
                assertThat(alert.getGroupKey()).contains("alertname=\"InteropTest\"");
                assertThat(alert.getExternalUrl()).isEqualTo(alertmanager.uri().toString());
                assertThat(alert.getStartsAt()).isEqualTo(startsAt);
                assertThat(alert.getAnnotations()).containsEntry("summary", "interop " + run);
              });

      Instant endsAt = Instant.now().minusSeconds(1).truncatedTo(ChronoUnit.MILLIS);
      assertThat(alertmanager.postAlerts(alerts(run, startsAt, endsAt, "a", "b"))).isEqualTo(200);

      List<ConsumerRecord<String, Alert>> all =
          topic.awaitRecords(
              Duration.ofSeconds(30),
              seen -> instances(seen, run, AlertStatus.RESOLVED).size() == 2);
      assertThat(instances(all, run, AlertStatus.RESOLVED)).containsExactlyInAnyOrder("a", "b");
      assertThat(ofRun(all, run))
          .filteredOn(record -> record.value().getStatus() == AlertStatus.RESOLVED)
          .allSatisfy(record -> assertThat(record.value().getEndsAt()).isEqualTo(endsAt));
    } catch (AssertionError e) {
      LOGGER.error(
          "Alertmanager's log:\n{}", Files.readString(workDir.resolve("alertmanager.log")));
      throw e;
    }
  }

  private static String alerts(String run, Instant startsAt, Instant endsAt, String... instances) {
    return java.util.Arrays.stream(instances)
        .map(
            instance ->
                "{\"labels\":{\"alertname\":\"InteropTest\",\"run\":\"%s\",\"instance\":\"%s\"},"
                        .formatted(run, instance)
                    + "\"annotations\":{\"summary\":\"interop %s\"},".formatted(run)
                    + "\"startsAt\":\"%s\"".formatted(startsAt)
                    + (endsAt == null ? "" : ",\"endsAt\":\"%s\"".formatted(endsAt))
                    + ",\"generatorURL\":\"http://prometheus.local/graph\"}")
        .collect(Collectors.joining(",", "[", "]"));
  }

  private static List<ConsumerRecord<String, Alert>> ofRun(
      List<ConsumerRecord<String, Alert>> records, String run) {
    return records.stream().filter(r -> run.equals(r.value().getLabels().get("run"))).toList();
  }

  private static Set<String> instances(
      List<ConsumerRecord<String, Alert>> records, String run, AlertStatus status) {
    return ofRun(records, run).stream()
        .filter(r -> r.value().getStatus() == status)
        .map(r -> r.value().getLabels().get("instance"))
        .collect(Collectors.toSet());
  }
}
