package dev.responder.console.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.console.projection.CanonicalJson;
import dev.responder.console.projection.LogPosition;
import java.time.Instant;

/**
 * One row of the {@code incidents} table: the typed columns the incident list filters and sorts on,
 * the canonical content it shows, the log position it was projected from, and a SHA-256 over all of
 * them, so a changed column or content no longer gives the row's hash.
 */
public record IncidentRow(
    String incidentId,
    String runbookId,
    String title,
    String severity,
    String status,
    Instant detectedAt,
    Instant responseDueAt,
    Instant acknowledgedAt,
    String acknowledgedBy,
    Instant resolvedAt,
    String commander,
    int escalationLevel,
    long revision,
    Instant updatedAt,
    String content,
    LogPosition source,
    String hash) {

  /** The row the projection writes for an incident state read at {@code source}. */
  public static IncidentRow of(LogPosition source, String content) {
    JsonNode incident = CanonicalJson.parse(content);
    IncidentRow unhashed =
        new IncidentRow(
            incident.path("incidentId").asText(),
            incident.path("runbookId").asText(),
            incident.path("title").asText(),
            incident.path("severity").asText(),
            incident.path("status").asText(),
            time(incident, "detectedAt"),
            time(incident, "responseDueAt"),
            time(incident, "acknowledgedAt"),
            text(incident, "acknowledgedBy"),
            time(incident, "resolvedAt"),
            text(incident, "commander"),
            incident.path("escalationLevel").asInt(),
            incident.path("revision").asLong(),
            time(incident, "updatedAt"),
            content,
            source,
            null);
    return unhashed.withHash(unhashed.recomputedHash());
  }

  /** The hash this row's columns, content and source give. */
  public String recomputedHash() {
    ObjectNode header = JsonNodeFactory.instance.objectNode();
    header.put("incidentId", incidentId);
    header.put("runbookId", runbookId);
    header.put("title", title);
    header.put("severity", severity);
    header.put("status", status);
    header.put("detectedAt", HashChain.text(detectedAt));
    header.put("responseDueAt", HashChain.text(responseDueAt));
    header.put("acknowledgedAt", HashChain.text(acknowledgedAt));
    header.put("acknowledgedBy", acknowledgedBy);
    header.put("resolvedAt", HashChain.text(resolvedAt));
    header.put("commander", commander);
    header.put("escalationLevel", escalationLevel);
    header.put("revision", revision);
    header.put("updatedAt", HashChain.text(updatedAt));
    header.put("source", source.toString());
    return HashChain.sha256("incident\n" + CanonicalJson.write(header) + "\n" + content);
  }

  private IncidentRow withHash(String newHash) {
    return new IncidentRow(
        incidentId,
        runbookId,
        title,
        severity,
        status,
        detectedAt,
        responseDueAt,
        acknowledgedAt,
        acknowledgedBy,
        resolvedAt,
        commander,
        escalationLevel,
        revision,
        updatedAt,
        content,
        source,
        newHash);
  }

  private static Instant time(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? Instant.parse(value.asText()) : null;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isTextual() ? value.asText() : null;
  }
}
