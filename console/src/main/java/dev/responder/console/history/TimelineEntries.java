package dev.responder.console.history;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** One timeline entry per kind of projected record, worded for a person reading the history. */
final class TimelineEntries {

  private TimelineEntries() {}

  static TimelineEntry alert(AuditEntry record) {
    JsonNode alert = record.content();
    JsonNode labels = alert.path("labels");
    String name =
        alert.path("eventType").isTextual()
            ? alert.path("eventType").asText()
            : labels.path("alertname").asText("(no alertname)");
    String summary =
        "alert %s %s (fingerprint %s, starts %s)"
            .formatted(
                alert.path("status").asText().toLowerCase(java.util.Locale.ROOT),
                name,
                alert.path("fingerprint").asText(),
                alert.path("startsAt").asText());
    return entry(
        record,
        EntryKind.ALERT,
        alert.path("status").asText(),
        alert.path("fingerprint").asText(),
        summary,
        alert.path("source").asText(),
        texts(labels),
        List.of());
  }

  static TimelineEntry event(AuditEntry record) {
    JsonNode event = record.content();
    JsonNode incident = event.path("incident");
    JsonNode cause = event.path("cause");
    String type = event.path("type").asText();
    String summary =
        switch (type) {
          case "OPENED" ->
              "opened as %s %s (%s)"
                  .formatted(
                      incident.path("severity").asText(),
                      incident.path("runbookId").asText(),
                      incident.path("classificationReason").asText());
          case "SEVERITY_CHANGED" ->
              "severity %s -> %s"
                  .formatted(
                      event.path("previousSeverity").asText("?"),
                      incident.path("severity").asText());
          case "ACKNOWLEDGED" -> "acknowledged by " + incident.path("acknowledgedBy").asText("?");
          case "COMMANDER_ASSIGNED" -> "commander " + incident.path("commander").asText("?");
          case "ESCALATED" ->
              "escalated to level %d: %s"
                  .formatted(
                      incident.path("escalationLevel").asInt(),
                      event.path("escalationTarget").asText(""));
          case "RESPONSE_DEADLINE_BREACHED" ->
              "response deadline " + incident.path("responseDueAt").asText() + " passed";
          default -> type.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        };
    String detail = cause.path("detail").asText("");
    String actor =
        cause.path("author").isTextual()
            ? cause.path("author").asText()
            : cause.path("kind").asText().toLowerCase(java.util.Locale.ROOT);
    EntryKind kind = type.equals("ESCALATED") ? EntryKind.ESCALATION : EntryKind.LIFECYCLE;
    List<String> lines = detail.isEmpty() ? List.of() : List.of(detail);
    return entry(
        record, kind, type, event.path("eventId").asText(), summary, actor, Map.of(), lines);
  }

  static TimelineEntry command(AuditEntry record) {
    JsonNode command = record.content();
    String comment =
        command.path("comment").isTextual() ? ": " + command.path("comment").asText() : "";
    String summary =
        "%s by %s%s"
            .formatted(command.path("type").asText(), command.path("author").asText(), comment);
    return entry(
        record,
        EntryKind.COMMAND,
        command.path("type").asText(),
        command.path("commandId").asText(),
        summary,
        command.path("author").asText(),
        Map.of(),
        List.of());
  }

  static TimelineEntry outcome(AuditEntry record) {
    JsonNode outcome = record.content();
    EntryKind kind =
        switch (outcome.path("kind").asText()) {
          case "CHECK" -> EntryKind.CHECK;
          case "ACTION" -> EntryKind.ACTION;
          case "VERIFICATION" -> EntryKind.VERIFICATION;
          case "NOTIFICATION" -> EntryKind.NOTIFICATION;
          default -> EntryKind.OTHER;
        };
    String status = outcome.path("status").asText() + "/" + outcome.path("reason").asText();
    String message = outcome.path("message").asText("");
    String summary =
        "%s %s on %s: %s%s"
            .formatted(
                outcome.path("step").asText(),
                outcome.path("operation").asText(),
                outcome.path("target").asText(),
                status,
                message.isEmpty() ? "" : " (" + message + ")");
    JsonNode evidence = outcome.path("evidence");
    List<String> lines = new ArrayList<>();
    evidence.path("lines").forEach(line -> lines.add(line.asText()));
    return entry(
        record,
        kind,
        status,
        outcome.path("step").asText(),
        summary,
        "remediator",
        texts(evidence.path("figures")),
        lines);
  }

  private static Map<String, String> texts(JsonNode object) {
    Map<String, String> values = new TreeMap<>();
    object
        .fields()
        .forEachRemaining(field -> values.put(field.getKey(), field.getValue().asText()));
    return values;
  }

  private static TimelineEntry entry(
      AuditEntry record,
      EntryKind kind,
      String type,
      String subject,
      String summary,
      String actor,
      Map<String, String> figures,
      List<String> lines) {
    return new TimelineEntry(
        record.occurredAt(),
        kind,
        type,
        subject,
        summary,
        actor,
        figures,
        lines,
        Timeline.where(record.position()));
  }
}
