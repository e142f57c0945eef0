package dev.responder.console.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.history.EntryKind;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.TimelineEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;
import org.junit.jupiter.api.Test;

class PostIncidentReportTest {

  private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

  private static IncidentSummary incident() {
    return new IncidentSummary(
        "INC-20261127-ABCDEFGH",
        "worker-queue-stuck",
        "Worker Queue | Stuck *now*",
        "P2",
        "RESOLVED",
        T0,
        T0.plusSeconds(3600),
        Optional.of(T0.plusSeconds(600)),
        Optional.of("alice"),
        Optional.of(T0.plusSeconds(1800)),
        Optional.of("bob"),
        0,
        "2026.11.1",
        "labels {alertname=~\"CrmWorkerQueueStuck\"}");
  }

  private static TimelineEntry entry(EntryKind kind, String type, String subject, int seconds) {
    return new TimelineEntry(
        T0.plusSeconds(seconds),
        kind,
        type,
        subject,
        subject + " " + type,
        "remediator",
        Map.of("depth", "300"),
        List.of("pod crm-worker-1 Running"),
        "responder.outcomes.v1-0@" + seconds);
  }

  private static String report(List<TimelineEntry> timeline) {
    return PostIncidentReport.markdown(
        new ReportInput(
            incident(), timeline, Optional.empty(), Optional.empty(), "runbooks/crm.yaml"));
  }

  @Test
  void shouldSuggestARunbookChangeWhenAnActionFailedAndVerificationDidNotPass() {
    String markdown =
        report(
            List.of(
                entry(EntryKind.ACTION, "FAILED/PERMANENT_ERROR", "restart_workers", 60),
                entry(EntryKind.VERIFICATION, "FAILED/NOT_FIXED", "verify", 240)));

    assertThat(markdown)
        .contains("Suggested runbook change: in ` runbooks/crm.yaml `")
        .contains("action ` restart_workers ` ended FAILED/PERMANENT\\_ERROR")
        .contains("the verification did not pass (FAILED/NOT\\_FIXED)");
  }

  @Test
  void shouldSuggestNoRunbookChangeWhenEverythingWorked() {
    assertThat(
            report(List.of(entry(EntryKind.ACTION, "SUCCEEDED/COMPLETED", "restart_workers", 60))))
        .doesNotContain("Suggested runbook change");
  }

  @Test
  void shouldKeepRecordedTextLiteralInMarkdown() {
    Node document = Parser.builder().build().parse(report(List.of()));

    String text = TextContentRenderer.builder().build().render(document);

    assertThat(text).contains("Worker Queue | Stuck *now*");
  }

  @Test
  void shouldMeasureAcknowledgementAndResolutionAgainstTheResponseDeadline() {
    assertThat(report(List.of()))
        .contains(
            "| Acknowledged | 2026-11-27T10:10:00Z | 10m 00s | time to acknowledge within the response time |")
        .contains(
            "| Resolved | 2026-11-27T10:30:00Z | 30m 00s | time to resolve within the response time |");
  }
}
