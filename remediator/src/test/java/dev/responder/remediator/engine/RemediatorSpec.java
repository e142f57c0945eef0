package dev.responder.remediator.engine;

import dev.responder.planning.CatalogPlanner;
import dev.responder.remediator.guard.RateBudget;
import dev.responder.remediator.guard.RetryPolicy;
import dev.responder.remediator.guard.Switches;
import dev.responder.remediator.it.IncidentEvents;
import dev.responder.remediator.it.MutableClock;
import dev.responder.remediator.plan.ShippedCatalog;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.serde.ResponderSerdes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The engine wired for specifications: the shipped catalog, the in-memory ledger, scripted systems
 * and a clock the test moves. No database, broker or cluster.
 */
final class RemediatorSpec {

  static final Duration APPROVAL_TTL = Duration.ofMinutes(30);
  static final Duration MAX_EVENT_AGE = Duration.ofHours(1);

  final MutableClock clock = new MutableClock(Instant.parse("2026-11-27T03:00:00Z"));
  final InMemoryLedger ledger = new InMemoryLedger();
  final ScriptedSystems systems = new ScriptedSystems();
  final AtomicReference<Switches> switches = new AtomicReference<>(Switches.LIVE);

  RemediatorSpec() {
    // Avro trusts the contract classes only once a serde is loaded; builders need that trust.
    ResponderSerdes.incidentEvent();
  }

  Remediator remediator() {
    return remediator(FailurePoint.NONE);
  }

  Remediator remediator(FailurePoint failurePoint) {
    EngineSettings settings =
        new EngineSettings(
            switches::get,
            new RateBudget(10, 50, Duration.ofHours(1)),
            APPROVAL_TTL,
            "slack:#crm-incidents",
            new CallSettings(
                Duration.ofSeconds(5),
                new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50)),
                5,
                Duration.ofSeconds(30)),
            MAX_EVENT_AGE);
    return new Remediator(
        new CatalogPlanner(ShippedCatalog.load()),
        ledger,
        systems.systems(),
        settings,
        clock,
        duration -> {},
        failurePoint);
  }

  IncidentEvent opened(String incidentId, String runbook, Severity severity) {
    return event(incidentId, runbook, severity, IncidentEventType.OPENED, "opened");
  }

  IncidentEvent event(
      String incidentId, String runbook, Severity severity, IncidentEventType type, String suffix) {
    return IncidentEvents.event(incidentId, runbook, severity, type, suffix, clock.instant());
  }

  Command answer(CommandType type, String actionKey) {
    return Command.newBuilder()
        .setCommandId("cmd-" + type + "-" + actionKey)
        .setType(type)
        .setIssuedAt(clock.instant())
        .setAuthor("alice")
        .setActionKey(actionKey)
        .build();
  }

  List<RemediationOutcome> outcomes(String incidentId, String step) {
    return ledger.outcomes().stream()
        .filter(o -> o.getIncidentId().equals(incidentId) && o.getStep().equals(step))
        .toList();
  }
}
