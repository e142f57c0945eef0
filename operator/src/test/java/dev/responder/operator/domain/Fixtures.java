package dev.responder.operator.domain;

import dev.responder.operator.auth.Principal;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.command.Role;
import dev.responder.schemas.serde.ContractClassTrust;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The records and people the desk specifications share: the CRM catalog, one P1 incident. */
final class Fixtures {

  static final Instant NOW = Instant.parse("2026-12-03T03:00:00Z");
  static final Catalog CATALOG = CatalogLoader.require(Path.of("..", "runbooks", "crm.yaml"));
  static final String INCIDENT = "INC-20261203-AAAA";
  static final String ACTION =
      INCIDENT + "/api-unresponsive/restart_backend/crm/deployment/crm-backend";

  static final Principal CAROL = new Principal("carol", Role.APPROVER);
  static final Principal DAVE = new Principal("dave", Role.RESPONDER);
  static final Principal VIC = new Principal("vic", Role.VIEWER);
  static final Principal ADMIN = new Principal("root", Role.ADMIN);

  static {
    // Avro refuses to build records of classes it does not trust; the serde installs this trust in
    // production, before any record is built.
    ContractClassTrust.install();
  }

  private Fixtures() {}

  static Clock clockAt(Instant instant) {
    return Clock.fixed(instant, ZoneOffset.UTC);
  }

  static Supplier<String> ids() {
    AtomicInteger next = new AtomicInteger();
    return () -> "id-" + next.incrementAndGet();
  }

  static OperatorView view() {
    return new OperatorView(Duration.ofMinutes(30));
  }

  static Incident incident(IncidentStatus status, String commander) {
    return Incident.newBuilder()
        .setIncidentId(INCIDENT)
        .setRunbookId("api-unresponsive")
        .setTitle("API Unresponsive")
        .setSeverity(Severity.P1)
        .setStatus(status)
        .setGroupKey("api-unresponsive|crm")
        .setGroupLabels(Map.of("namespace", "crm", "alertname", "HighErrorRate"))
        .setNamespace("crm")
        .setService("crm-backend")
        .setCatalogVersion("test")
        .setDetectedAt(NOW.minusSeconds(60))
        .setResponseDueAt(NOW.plusSeconds(840))
        .setCommander(commander)
        .setResolvedAt(status == IncidentStatus.RESOLVED ? NOW : null)
        .setUpdatedAt(NOW)
        .setRevision(1)
        .build();
  }

  static RemediationOutcome outcome(
      OutcomeKind kind, String step, OutcomeStatus status, Instant at) {
    return RemediationOutcome.newBuilder()
        .setOutcomeId("o-" + step + status)
        .setIncidentId(INCIDENT)
        .setRunbookId("api-unresponsive")
        .setStep(step)
        .setKind(kind)
        .setOperation(kind == OutcomeKind.CHECK ? "http.health" : "kubernetes.rolloutRestart")
        .setTarget("crm/deployment/crm-backend")
        .setStatus(status)
        .setReason(OutcomeReason.COMPLETED)
        .setMessage("waiting for APPROVE or REJECT within PT30M")
        .setEvidence(
            new Evidence(kind == OutcomeKind.CHECK ? Map.of("up", "0") : Map.of(), List.of()))
        .setStartedAt(at)
        .setFinishedAt(at)
        .setCatalogVersion("test")
        .setActionKey(kind == OutcomeKind.CHECK ? INCIDENT + "/check/" + step : ACTION)
        .build();
  }

  /** A view holding a live P1 commanded by {@code commander}, its restart waiting since NOW. */
  static OperatorView waitingRestart(String commander) {
    OperatorView view = view();
    view.onIncident(incident(IncidentStatus.OPEN, commander));
    view.onOutcome(outcome(OutcomeKind.CHECK, "api_health", OutcomeStatus.SUCCEEDED, NOW));
    view.onOutcome(
        outcome(OutcomeKind.ACTION, "restart_backend", OutcomeStatus.AWAITING_APPROVAL, NOW));
    return view;
  }
}
