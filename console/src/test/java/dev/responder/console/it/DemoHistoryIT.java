package dev.responder.console.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.history.EntryKind;
import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.Timeline;
import dev.responder.console.history.TimelineEntry;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.replay.Difference;
import dev.responder.console.replay.Replay;
import dev.responder.console.replay.ReplayRequest;
import dev.responder.console.replay.ReplayResult;
import dev.responder.console.report.PostIncidentReport;
import dev.responder.console.report.ReportInput;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.KubernetesApi;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.Redis;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.serde.ContractClassTrust;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * After a demo-like run of the real correlator and remediator: the timeline and the report hold
 * every step at the right time, and replay reports exactly what a catalog change changes, with no
 * side effect anywhere. The only test class of this module on the catalogue's own topic names.
 */
@ExtendWith(SandboxExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryIT {

  @TempDir static Path temp;

  private KafkaBroker kafka;
  private Postgres postgres;
  private DemoRun demo;

  @BeforeAll
  void playTheDemo(KafkaBroker kafka, Postgres postgres, Redis redis, KubernetesApi kubernetes)
      throws Exception {
    ContractClassTrust.install();
    this.kafka = kafka;
    this.postgres = postgres;
    demo = new DemoRun(kafka, postgres);
    demo.play(redis, kubernetes, temp.resolve("correlator-state"));
  }

  private List<TimelineEntry> timeline(String incidentId) throws Exception {
    return Timeline.of(new HistoryStore(postgres.dataSource()).records(incidentId));
  }

  private static Optional<TimelineEntry> first(List<TimelineEntry> entries, String type) {
    return entries.stream().filter(e -> e.type().equals(type)).findFirst();
  }

  @Test
  void shouldShowEveryStepOfTheIncidentAtItsRecordedTime() throws Exception {
    List<TimelineEntry> entries = timeline(demo.workerIncident);
    IncidentSummary incident =
        new HistoryStore(postgres.dataSource()).incident(demo.workerIncident).orElseThrow();
    Duration oneHour = Duration.ofHours(1);

    assertThat(entries)
        .extracting(TimelineEntry::kind)
        .contains(
            EntryKind.ALERT,
            EntryKind.LIFECYCLE,
            EntryKind.ESCALATION,
            EntryKind.COMMAND,
            EntryKind.CHECK,
            EntryKind.ACTION,
            EntryKind.NOTIFICATION);
    assertThat(first(entries, "FIRING").orElseThrow().at()).isEqualTo(demo.workerStartsAt);
    assertThat(first(entries, "OPENED").orElseThrow().summary()).contains("P2 worker-queue-stuck");
    assertThat(incident.detectedAt()).isEqualTo(demo.workerStartsAt);
    assertThat(first(entries, "RESPONSE_DEADLINE_BREACHED").orElseThrow().at())
        .isEqualTo(demo.workerStartsAt.plus(oneHour));
    assertThat(entries)
        .filteredOn(e -> e.kind() == EntryKind.ESCALATION)
        .extracting(TimelineEntry::at)
        .containsExactly(
            demo.workerStartsAt.plus(oneHour), demo.workerStartsAt.plus(oneHour).plusSeconds(1800));
    assertThat(entries)
        .filteredOn(e -> e.kind() == EntryKind.COMMAND)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.actor()).isEqualTo("alice");
              assertThat(c.at()).isEqualTo(demo.acknowledgedAt);
            });
    assertThat(first(entries, "ACKNOWLEDGED").orElseThrow().at()).isEqualTo(demo.acknowledgedAt);
    assertThat(entries)
        .filteredOn(e -> e.subject().equals("queue_depth"))
        .first()
        .satisfies(check -> assertThat(check.figures()).containsEntry("depth", "300"));
    assertThat(entries)
        .filteredOn(e -> e.kind() == EntryKind.ACTION && e.subject().equals("restart_workers"))
        .singleElement()
        .satisfies(a -> assertThat(a.type()).startsWith("SUCCEEDED"));
    assertThat(first(entries, "RESOLVED").orElseThrow().at()).isEqualTo(demo.resolvedAt);
    assertThat(entries).extracting(TimelineEntry::at).isSorted();
  }

  @Test
  void shouldWriteAValidMarkdownReportWithEverySectionTheRunbookAsksFor() throws Exception {
    IncidentSummary incident =
        new HistoryStore(postgres.dataSource()).incident(demo.workerIncident).orElseThrow();
    Catalog catalog = ((LoadResult.Loaded) CatalogLoader.load(DemoRun.CATALOG)).catalog();

    String markdown =
        PostIncidentReport.markdown(
            new ReportInput(
                incident,
                timeline(demo.workerIncident),
                catalog.runbook(incident.runbookId()),
                Optional.of(catalog.severity(Severity.valueOf(incident.severity()))),
                "runbooks/crm.yaml"));

    Node document = Parser.builder().build().parse(markdown);
    assertThat(headings(document, 2))
        .containsExactly(
            "Summary",
            "Severity",
            "Detection, acknowledgement and resolution",
            "Timeline",
            "Actions taken and their evidence",
            "Escalations",
            "Commander",
            "Root cause (hypothesis)",
            "Follow-ups");
    assertThat(markdown)
        .contains(
            demo.workerStartsAt.toString(),
            demo.acknowledgedAt.toString(),
            demo.resolvedAt.toString())
        .contains("time to acknowledge beyond the response time by")
        .contains("alice")
        .contains("restart\\_workers")
        .contains("Hypothesis, not confirmed")
        .contains("The response time was missed");
  }

  @Test
  void shouldReportNoDifferenceWhenReplayingTheUnchangedCatalog() {
    ReplayResult result = replay(DemoRun.CATALOG, Optional.empty());

    assertThat(result.differences()).isEmpty();
    assertThat(result.incidentsBefore()).isEqualTo(2);
    assertThat(result.incidentsAfter()).isEqualTo(2);
  }

  @Test
  void shouldReportExactlyTheIncidentWhoseSeverityACatalogChangeLowers() throws Exception {
    Path candidate =
        DemoRun.catalogWith(
            temp,
            "lower-database.yaml",
            "- id: database-connections-exhausted",
            "default: P2",
            "default: P3");

    ReplayResult result = replay(candidate, Optional.empty());

    assertThat(result.differences())
        .extracting(Difference::incidentId)
        .containsOnly(demo.databaseIncident);
    assertThat(result.differences())
        .extracting(Difference::kind)
        .containsExactly(Difference.Kind.SEVERITY);
    assertThat(result.differences()).extracting(Difference::after).containsExactly("P3");
  }

  @Test
  void shouldReportExactlyTheIncidentAChangedMatcherNoLongerClassifiesAndTouchNothing(
      Redis redis, KubernetesApi kubernetes) throws Exception {
    Path candidate =
        DemoRun.catalogWith(
            temp, "narrow-workers.yaml", "- id: worker-queue-stuck", "CrmWorkerQueueStuck|", "");
    SideEffects before = SideEffects.observe(kafka, postgres, redis, kubernetes);

    ReplayResult result = replay(candidate, Optional.of(DemoRun.CATALOG));

    assertThat(result.differences())
        .extracting(Difference::incidentId)
        .containsOnly(demo.workerIncident);
    assertThat(result.differences()).extracting(Difference::kind).contains(Difference.Kind.RUNBOOK);
    assertThat(SideEffects.observe(kafka, postgres, redis, kubernetes)).isEqualTo(before);
  }

  private ReplayResult replay(Path candidate, Optional<Path> baseline) {
    return new Replay(AuditTopics.standard(), kafka.bootstrapServers())
        .run(
            new ReplayRequest(candidate, baseline, Optional.empty(), Optional.empty()),
            phase -> (done, total) -> {});
  }

  private static List<String> headings(Node document, int level) {
    List<String> headings = new java.util.ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading heading && heading.getLevel() == level) {
        StringBuilder text = new StringBuilder();
        for (Node child = heading.getFirstChild(); child != null; child = child.getNext()) {
          if (child instanceof Text literal) {
            text.append(literal.getLiteral());
          }
        }
        headings.add(text.toString());
      }
    }
    return headings;
  }
}
