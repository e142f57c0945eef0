package dev.responder.remediator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.planning.PlanContext;
import dev.responder.remediator.plan.ShippedCatalog;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.CauseKind;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.operation.Operation;
import dev.responder.schemas.serde.ResponderSerdes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessagesTest {

  private static final Instant DETECTED = Instant.parse("2026-11-27T06:00:00Z");

  static {
    // Avro trusts the contract classes only once a serde is loaded; builders need that trust.
    ResponderSerdes.incidentEvent();
  }

  private static PlanContext context(String runbook, String commander, List<String> alertNames) {
    List<IncidentAlert> alerts =
        alertNames.stream()
            .map(
                name ->
                    IncidentAlert.newBuilder()
                        .setFingerprint("fp-" + name)
                        .setStatus(AlertStatus.FIRING)
                        .setSeverity(Severity.P2)
                        .setStartsAt(DETECTED)
                        .setLastSeenAt(DETECTED)
                        .setLabels(Map.of("alertname", name, "namespace", "crm"))
                        .build())
            .toList();
    Incident incident =
        Incident.newBuilder()
            .setIncidentId("INC-7")
            .setRunbookId(runbook)
            .setTitle("API Unresponsive")
            .setSeverity(Severity.P2)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey(runbook + "/crm")
            .setCatalogVersion("2026.11.1")
            .setDetectedAt(DETECTED)
            .setResponseDueAt(DETECTED.plusSeconds(3600))
            .setCommander(commander)
            .setAlerts(alerts)
            .setUpdatedAt(DETECTED)
            .build();
    return IncidentContexts.of(
        IncidentEvent.newBuilder()
            .setEventId("evt-7")
            .setIncidentId("INC-7")
            .setType(IncidentEventType.OPENED)
            .setOccurredAt(DETECTED)
            .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).build())
            .setIncident(incident)
            .build());
  }

  @Test
  void shouldFillTheStakeholderMessageFromTheIncidentSnapshot() {
    PlanContext context = context("api-unresponsive", "alice", List.of("CrmApiDown"));

    String message =
        Messages.render(
            "{severity} {title} ({incident}); commander {commander}; respond by {respondBy}",
            context);

    assertThat(message)
        .isEqualTo("P2 API Unresponsive (INC-7); commander alice; respond by 2026-11-27 07:00 UTC");
  }

  @Test
  void shouldSummariseWhatFiredForAnUnclassifiedAlert() {
    PlanContext context =
        context("unclassified", null, List.of("CrmDiskFull", "CrmDiskFull", "CrmInodesLow"));

    String message =
        Messages.render(
            "{severity} alert with no runbook ({incident}): {summary}. Triage by {respondBy}.",
            context);

    assertThat(message)
        .isEqualTo(
            "P2 alert with no runbook (INC-7): CrmDiskFull, CrmInodesLow (3 alerts)."
                + " Triage by 2026-11-27 07:00 UTC.");
  }

  @Test
  void shouldSummariseFromTheEventsMemberAndTheHeadersCountSinceEventsStopCarryingEveryMember() {
    IncidentAlert joined =
        IncidentAlert.newBuilder()
            .setFingerprint("fp-9")
            .setStatus(AlertStatus.FIRING)
            .setSeverity(Severity.P2)
            .setStartsAt(DETECTED)
            .setLastSeenAt(DETECTED)
            .setLabels(Map.of("alertname", "CrmDiskFull", "namespace", "crm"))
            .build();
    Incident header =
        Incident.newBuilder()
            .setIncidentId("INC-7")
            .setRunbookId("unclassified")
            .setTitle("Unclassified alert")
            .setSeverity(Severity.P2)
            .setStatus(IncidentStatus.OPEN)
            .setGroupKey("unclassified/crm")
            .setCatalogVersion("2026.11.1")
            .setDetectedAt(DETECTED)
            .setResponseDueAt(DETECTED.plusSeconds(3600))
            .setMemberCount(40)
            .setFiringCount(40)
            .setUpdatedAt(DETECTED)
            .build();

    PlanContext context =
        IncidentContexts.of(
            IncidentEvent.newBuilder()
                .setEventId("evt-8")
                .setIncidentId("INC-7")
                .setType(IncidentEventType.OPENED)
                .setOccurredAt(DETECTED)
                .setCause(Cause.newBuilder().setKind(CauseKind.ALERT).build())
                .setIncident(header)
                .setAlert(joined)
                .build());

    assertThat(Messages.render("{summary}", context)).isEqualTo("CrmDiskFull (40 alerts)");
  }

  @Test
  void shouldSayInWordsWhatTheSnapshotDoesNotKnow() {
    PlanContext context = context("api-unresponsive", null, List.of());

    String message = Messages.render("{commander} / {summary} / {runbook}", context);

    assertThat(message).isEqualTo("not assigned yet / API Unresponsive / api-unresponsive");
  }

  @Test
  void shouldLeaveAnUnknownPlaceholderVisible() {
    assertThat(Messages.render("{incident} {owner}", context("x", null, List.of())))
        .isEqualTo("INC-7 {owner}");
  }

  @Test
  void shouldFillEveryPlaceholderTheShippedCatalogsMessagesUse() {
    PlanContext context = context("api-unresponsive", "bob", List.of("CrmApiDown"));
    List<String> messages =
        ShippedCatalog.load().allSteps().stream()
            .filter(step -> step.operation() == Operation.NOTIFY)
            .map(step -> step.params().text("message"))
            .toList();

    assertThat(messages).isNotEmpty();
    assertThat(messages)
        .map(message -> Messages.render(message, context))
        .allSatisfy(rendered -> assertThat(rendered).doesNotContain("{", "}"));
  }

  @Test
  void shouldFillExactlyThePlaceholdersTheCatalogDocumentationLists() throws IOException {
    String doc = Files.readString(Path.of("../docs/runbook-catalog.md"));
    String paragraph =
        doc.substring(doc.indexOf("A `message` may use these placeholders")).split("\n\n", 2)[0];

    assertThat(placeholdersIn(paragraph)).isEqualTo(Messages.PLACEHOLDERS);
  }

  @Test
  void shouldUseOnlyPlaceholdersTheCatalogLoaderAccepts(@TempDir Path dir) throws IOException {
    String every =
        Messages.PLACEHOLDERS.stream().map(p -> "{" + p + "}").collect(Collectors.joining(" "));
    String catalog =
        Files.readString(Path.of("../runbooks/crm.yaml"))
            .replace("\"Investigating: {title} ({severity})\"", "\"" + every + "\"");
    Path file = Files.writeString(dir.resolve("crm.yaml"), catalog);

    assertThat(catalog).contains(every);
    assertThat(CatalogLoader.load(file)).isInstanceOf(LoadResult.Loaded.class);
  }

  private static Set<String> placeholdersIn(String text) {
    Matcher matcher = Pattern.compile("`\\{([A-Za-z]+)}`").matcher(text);
    Set<String> found = new java.util.HashSet<>();
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
