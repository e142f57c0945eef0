package dev.responder.console.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responder.console.projection.LogPosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds an incident's timeline from its projected records, in time order (log position breaks
 * ties). An outcome the remediator's outbox published twice (same outcome id) appears once.
 */
public final class Timeline {

  private static final Comparator<AuditEntry> ORDER =
      Comparator.comparing(AuditEntry::occurredAt)
          .thenComparing(e -> e.position().topic())
          .thenComparing(e -> e.position().partition())
          .thenComparing(e -> e.position().offset());

  private Timeline() {}

  public static List<TimelineEntry> of(List<AuditEntry> records) {
    Set<String> outcomesSeen = new HashSet<>();
    List<TimelineEntry> entries = new ArrayList<>();
    records.stream()
        .sorted(ORDER)
        .forEach(
            record -> {
              switch (record.kind()) {
                case ALERT -> entries.add(TimelineEntries.alert(record));
                case INCIDENT_EVENT -> entries.add(TimelineEntries.event(record));
                case COMMAND -> entries.add(TimelineEntries.command(record));
                case OUTCOME -> {
                  if (outcomesSeen.add(record.content().path("outcomeId").asText())) {
                    entries.add(TimelineEntries.outcome(record));
                  }
                }
                default -> entries.add(other(record));
              }
            });
    return entries;
  }

  private static TimelineEntry other(AuditEntry record) {
    JsonNode content = record.content();
    return new TimelineEntry(
        record.occurredAt(),
        EntryKind.OTHER,
        record.kind().name(),
        "",
        content.path("reason").asText("record"),
        "",
        java.util.Map.of(),
        List.of(),
        where(record.position()));
  }

  static String where(LogPosition position) {
    return position.toString();
  }
}
