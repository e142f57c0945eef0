package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.schemas.avro.IncidentEventType.COMMANDER_ASSIGNED;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, point 2: a command the correlator cannot apply is dead-lettered with its reason when it
 * arrives, and no silence, new or kept from an older version, can stop the topology.
 */
class BadCommandTopologyTest {

  private static final Instant UNTIL = T0.plus(Duration.ofHours(2));

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;

  @BeforeEach
  void start() {
    correlator = new CorrelatorDriver(stateDir, T0);
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  private static List<Object> types(List<IncidentEvent> events) {
    return events.stream().map(e -> (Object) e.getType()).toList();
  }

  private static String reason(TestRecord<String, byte[]> deadLetter) {
    Header header = deadLetter.headers().lastHeader(AlertDeadLetterHandler.REASON_HEADER);
    return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
  }

  @Test
  void shouldDeadLetterASilenceWhoseRegexDoesNotCompileAndKeepCorrelating() {
    correlator.command(
        Commands.silence(
            "s-bad", List.of(new LabelMatcher("alertname", MatchOperator.REGEX, "((")), T0, UNTIL));

    correlator.receive(firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck")));

    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
    List<TestRecord<String, byte[]>> deadLetters = correlator.deadLetters();
    assertThat(deadLetters).hasSize(1);
    assertThat(reason(deadLetters.get(0))).startsWith("INVALID_COMMAND").contains("((");
    assertThat(correlator.dispositions.rejectedCommands()).isEqualTo(1);
  }

  @Test
  void shouldDeadLetterASilenceCommandWithoutItsSilenceAndKeepCorrelating() {
    correlator.command(
        Command.newBuilder()
            .setCommandId("cmd-empty")
            .setType(CommandType.SILENCE)
            .setIssuedAt(T0)
            .setAuthor("mallory")
            .build());

    correlator.receive(firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck")));

    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
    assertThat(correlator.deadLetters()).extracting(BadCommandTopologyTest::reason).hasSize(1);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void shouldMatchCatastrophicRegexesAgainstALongLabelValueInLinearTime() {
    // The timeout is only a hang guard. Java 17's backtracking engine happens to survive
    // (a+)+$, but (.*a){20} against this value takes it more steps than it can finish.
    for (String evil : List.of("(a+)+$", "(.*a){20}")) {
      correlator.command(
          Commands.silence(
              "s-" + evil,
              List.of(
                  new LabelMatcher("alertname", MatchOperator.EQUAL, "WorkerQueueStuck"),
                  new LabelMatcher("path", MatchOperator.REGEX, evil)),
              T0,
              UNTIL));
    }
    Map<String, String> labels = new HashMap<>(backend("WorkerQueueStuck"));
    labels.put("path", "a".repeat(64) + "!");

    correlator.receive(firing("fp-1", T0.plusSeconds(10), labels));

    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
  }

  @Test
  void shouldKeepCorrelatingWhenTheStoreHoldsABadSilenceFromAnOlderVersionAtStart() {
    // TopologyTestDriver wipes its state when closed, so the restart is a fresh driver whose
    // changelogged store already holds the silence before its first record, as after a restore.
    correlator.plantSilence(
        Commands.silence(
            "s-old", List.of(new LabelMatcher("alertname", MatchOperator.REGEX, "((")), T0, UNTIL));
    Alert alert = firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck"));

    correlator.receive(alert);

    assertThat(types(correlator.events())).containsExactly(OPENED, COMMANDER_ASSIGNED);
    assertThat(correlator.dispositions.count(Disposition.OPENED)).isEqualTo(1);
  }
}
