package dev.responder.console.history;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of an incident's timeline: when, what kind, a one-line description, who or what caused
 * it, the evidence (figures and raw lines) for checks and actions, and where in the log it is
 * recorded ({@code topic-partition@offset}).
 *
 * @param type the record's own type: the event type, command type or outcome status/reason
 * @param subject what the record is about: the step id of an outcome, the event id, the command id,
 *     the alert's fingerprint
 */
public record TimelineEntry(
    Instant at,
    EntryKind kind,
    String type,
    String subject,
    String summary,
    String actor,
    Map<String, String> figures,
    List<String> lines,
    String source) {

  public TimelineEntry {
    figures = Map.copyOf(figures);
    lines = List.copyOf(lines);
  }
}
