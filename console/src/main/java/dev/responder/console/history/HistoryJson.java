package dev.responder.console.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code --json} form of the incident list and of a timeline: stable field names, ISO times.
 */
public final class HistoryJson {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HistoryJson() {}

  public static String incidents(List<IncidentSummary> incidents) {
    ArrayNode array = MAPPER.createArrayNode();
    incidents.forEach(incident -> array.add(incident(incident)));
    return write(array);
  }

  public static String timeline(IncidentSummary incident, List<TimelineEntry> entries) {
    ObjectNode root = MAPPER.createObjectNode();
    root.set("incident", incident(incident));
    ArrayNode array = root.putArray("timeline");
    for (TimelineEntry entry : entries) {
      ObjectNode node = array.addObject();
      node.put("at", entry.at().toString());
      node.put("kind", entry.kind().name());
      node.put("type", entry.type());
      node.put("subject", entry.subject());
      node.put("summary", entry.summary());
      node.put("actor", entry.actor());
      ObjectNode figures = node.putObject("figures");
      entry.figures().forEach(figures::put);
      ArrayNode lines = node.putArray("lines");
      entry.lines().forEach(lines::add);
      node.put("source", entry.source());
    }
    return write(root);
  }

  private static ObjectNode incident(IncidentSummary incident) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("incidentId", incident.incidentId());
    node.put("runbookId", incident.runbookId());
    node.put("title", incident.title());
    node.put("severity", incident.severity());
    node.put("status", incident.status());
    node.put("detectedAt", incident.detectedAt().toString());
    node.put("responseDueAt", incident.responseDueAt().toString());
    node.put("acknowledgedAt", time(incident.acknowledgedAt()));
    node.put("acknowledgedBy", incident.acknowledgedBy().orElse(null));
    node.put("resolvedAt", time(incident.resolvedAt()));
    node.put("commander", incident.commander().orElse(null));
    node.put("escalationLevel", incident.escalationLevel());
    return node;
  }

  private static String time(Optional<Instant> time) {
    return time.map(Instant::toString).orElse(null);
  }

  private static String write(Object node) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
