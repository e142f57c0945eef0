package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Outcomes are counted by kind, status and reason as they are published; nothing else is. */
class OutcomeMetersTest {

  private final MeterRegistry registry = new SimpleMeterRegistry();
  private final OutcomeMeters meters = new OutcomeMeters(registry);

  @Test
  void shouldCountAPublishedOutcomeByKindStatusAndReason() {
    byte[] timedOut = outcome(OutcomeKind.ACTION, OutcomeStatus.TIMED_OUT, OutcomeReason.TIMEOUT);

    meters.published(Topics.OUTCOMES.name(), timedOut);
    meters.published(Topics.OUTCOMES.name(), timedOut);

    Counter counter =
        registry
            .find(OutcomeMeters.NAME)
            .tags("kind", "ACTION", "status", "TIMED_OUT", "reason", "TIMEOUT")
            .counter();
    assertThat(counter).isNotNull();
    assertThat(counter.count()).isEqualTo(2.0);
  }

  @Test
  void shouldNotCountCommandsTheOutboxAlsoPublishes() {
    Command command =
        Command.newBuilder()
            .setCommandId("cmd-1")
            .setType(CommandType.APPROVE)
            .setAuthor("remediator")
            .setIncidentId("INC-1")
            .setIssuedAt(Instant.parse("2026-11-02T10:00:00Z"))
            .build();
    byte[] payload =
        Topics.COMMANDS.values().serializer().serialize(Topics.COMMANDS.name(), command);

    meters.published(Topics.COMMANDS.name(), payload);

    assertThat(registry.find(OutcomeMeters.NAME).counters()).isEmpty();
  }

  @Test
  void shouldSkipAPayloadItCannotReadRatherThanFailThePublishedBatch() {
    meters.published(Topics.OUTCOMES.name(), new byte[] {1, 2, 3});

    assertThat(registry.find(OutcomeMeters.NAME).counters()).isEmpty();
  }

  private static byte[] outcome(OutcomeKind kind, OutcomeStatus status, OutcomeReason reason) {
    Instant now = Instant.parse("2026-11-02T10:00:00Z");
    RemediationOutcome outcome =
        RemediationOutcome.newBuilder()
            .setOutcomeId("INC-1#restart_workers")
            .setIncidentId("INC-1")
            .setRunbookId("worker-queue-stuck")
            .setStep("restart_workers")
            .setKind(kind)
            .setOperation("kubernetes.rolloutRestart")
            .setTarget("crm/deployment/crm-worker")
            .setStatus(status)
            .setReason(reason)
            .setEvidence(new Evidence(Map.of(), List.of()))
            .setStartedAt(now)
            .setFinishedAt(now)
            .setCatalogVersion("2026.11.1")
            .setActionKey("INC-1/worker-queue-stuck/restart_workers/crm-worker")
            .build();
    return Topics.OUTCOMES.values().serializer().serialize(Topics.OUTCOMES.name(), outcome);
  }
}
