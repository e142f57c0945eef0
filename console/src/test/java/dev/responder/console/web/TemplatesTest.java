package dev.responder.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.history.EntryKind;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.TimelineEntry;
import dev.responder.console.status.StatusBoard;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The templates print untrusted text as text: labels, annotations, titles and evidence. */
class TemplatesTest {

  private static final String HOSTILE = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";

  private final Templates templates = new Templates();

  @Test
  void shouldEscapeEveryLabelAnnotationAndEvidenceLineOfAnIncidentPage() {
    // given
    Map<String, Object> model = Views.model(session(), operator(), "incidents");
    model.put("incident", incident(HOSTILE));
    model.put(
        "alerts",
        List.of(
            new AlertView(
                "fp1",
                "FIRING",
                "2026-12-03T10:00:00Z",
                Map.of("alertname", HOSTILE, HOSTILE, "x"),
                Map.of("summary", HOSTILE))));
    TimelineEntry check =
        new TimelineEntry(
            Instant.parse("2026-12-03T10:00:01Z"),
            EntryKind.CHECK,
            "SUCCEEDED",
            "pods",
            HOSTILE,
            "",
            Map.of("ready", HOSTILE),
            List.of(HOSTILE),
            "t-0@1");
    model.put("checks", List.of(check));
    model.put("actions", List.of());
    model.put("pages", List.of());
    model.put("timeline", List.of(check));
    model.put("open", true);

    // when
    String html = templates.render("incident", model);

    // then
    assertThat(html)
        .doesNotContain("<script>alert")
        .doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("<script src=\"/static/console.js\" defer></script>");
    assertThat(html.split("<script")).hasSize(2);
  }

  @Test
  void shouldRenderTheStatusPageWithEveryComponent() {
    // given
    var board = new StatusBoard(Map.of("api-unresponsive", "API"));
    var report = board.report(List.of(), Instant.parse("2026-12-03T10:00:00Z"));

    // when
    String html = templates.render("status", Map.of("report", report));

    // then
    assertThat(html)
        .contains("All systems operational")
        .contains("data-component=\"API\"")
        .contains("Operational")
        .contains("No incidents in the past 14 days.");
  }

  private static Session session() {
    return new Session("id", "csrf-token", Optional.of(operator()), Instant.now());
  }

  private static Operator operator() {
    return new Operator("carol", "approver", "Basic x");
  }

  private static IncidentSummary incident(String title) {
    Instant at = Instant.parse("2026-12-03T10:00:00Z");
    return new IncidentSummary(
        "INC-1",
        "api-unresponsive",
        title,
        "P1",
        "OPEN",
        at,
        at.plusSeconds(900),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(HOSTILE),
        0,
        "v1",
        HOSTILE);
  }
}
