package dev.responder.console.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Compares the projection row by row with the same projection recomputed from the log, and names
 * every difference: missing and extra rows, and each field that differs (kind, key, incident, event
 * time, chain, number, content, hashes; every column of an incident). Pure: the reading is done by
 * the caller.
 */
public final class LogComparison {

  private static final int SHOWN = 120;

  private LogComparison() {}

  /** The recomputed projection: audit rows, the incidents table and the chains' heads. */
  public record Projected(
      List<ChainRow> rows, List<IncidentRow> incidents, Map<String, ChainHead> heads) {}

  public static List<Difference> compare(Projected fromLog, Projected inDatabase) {
    List<Difference> differences = new ArrayList<>();
    compareRows(fromLog.rows(), inDatabase.rows(), differences);
    compareIncidents(fromLog.incidents(), inDatabase.incidents(), differences);
    compareHeads(fromLog.heads(), inDatabase.heads(), differences);
    return differences;
  }

  private static void compareRows(
      List<ChainRow> expected, List<ChainRow> found, List<Difference> differences) {
    Map<String, ChainRow> log = byKey(expected, row -> row.position().toString());
    Map<String, ChainRow> database = byKey(found, row -> row.position().toString());
    for (String position : union(log, database)) {
      ChainRow want = log.get(position);
      ChainRow have = database.get(position);
      String where = position + incidentOf(want == null ? have : want);
      if (have == null) {
        differences.add(new Difference("audit_log", where, Difference.Kind.MISSING, want.kind()));
      } else if (want == null) {
        differences.add(new Difference("audit_log", where, Difference.Kind.EXTRA, have.kind()));
      } else {
        Fields fields = new Fields();
        fields.compare("kind", want.kind(), have.kind());
        fields.compare("key", want.key(), have.key());
        fields.compare("incident", want.incidentId(), have.incidentId());
        fields.compare("occurredAt", want.occurredAt(), have.occurredAt());
        fields.compare("chain", want.chain(), have.chain());
        fields.compare("seq", want.seq(), have.seq());
        fields.compare("content", want.content(), have.content());
        fields.compare("prev_hash", want.previousHash(), have.previousHash());
        fields.compare("hash", want.hash(), have.hash());
        fields.addTo("audit_log", where, differences);
      }
    }
  }

  private static void compareIncidents(
      List<IncidentRow> expected, List<IncidentRow> found, List<Difference> differences) {
    Map<String, IncidentRow> log = byKey(expected, IncidentRow::incidentId);
    Map<String, IncidentRow> database = byKey(found, IncidentRow::incidentId);
    for (String id : union(log, database)) {
      IncidentRow want = log.get(id);
      IncidentRow have = database.get(id);
      if (have == null) {
        differences.add(new Difference("incidents", id, Difference.Kind.MISSING, ""));
      } else if (want == null) {
        differences.add(new Difference("incidents", id, Difference.Kind.EXTRA, ""));
      } else {
        Fields fields = new Fields();
        fields.compare("runbook_id", want.runbookId(), have.runbookId());
        fields.compare("title", want.title(), have.title());
        fields.compare("severity", want.severity(), have.severity());
        fields.compare("status", want.status(), have.status());
        fields.compare("detected_at", want.detectedAt(), have.detectedAt());
        fields.compare("response_due_at", want.responseDueAt(), have.responseDueAt());
        fields.compare("acknowledged_at", want.acknowledgedAt(), have.acknowledgedAt());
        fields.compare("acknowledged_by", want.acknowledgedBy(), have.acknowledgedBy());
        fields.compare("resolved_at", want.resolvedAt(), have.resolvedAt());
        fields.compare("commander", want.commander(), have.commander());
        fields.compare("escalation_level", want.escalationLevel(), have.escalationLevel());
        fields.compare("revision", want.revision(), have.revision());
        fields.compare("updated_at", want.updatedAt(), have.updatedAt());
        fields.compare("content", want.content(), have.content());
        fields.compare("source", want.source(), have.source());
        fields.compare("hash", want.hash(), have.hash());
        fields.addTo("incidents", id, differences);
      }
    }
  }

  private static void compareHeads(
      Map<String, ChainHead> expected, Map<String, ChainHead> found, List<Difference> differences) {
    for (String chain : union(expected, found)) {
      ChainHead want = expected.get(chain);
      ChainHead have = found.get(chain);
      if (have == null) {
        differences.add(new Difference("chain_heads", chain, Difference.Kind.MISSING, ""));
      } else if (want == null) {
        differences.add(new Difference("chain_heads", chain, Difference.Kind.EXTRA, ""));
      } else {
        Fields fields = new Fields();
        fields.compare("seq", want.seq(), have.seq());
        fields.compare("hash", want.hash(), have.hash());
        fields.addTo("chain_heads", chain, differences);
      }
    }
  }

  private static String incidentOf(ChainRow row) {
    return row.incidentId().isEmpty() ? "" : " (incident " + row.incidentId() + ")";
  }

  private static <T> Map<String, T> byKey(List<T> rows, Function<T, String> key) {
    Map<String, T> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(key.apply(row), row));
    return map;
  }

  private static TreeSet<String> union(Map<String, ?> a, Map<String, ?> b) {
    TreeSet<String> keys = new TreeSet<>(Comparator.naturalOrder());
    keys.addAll(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }

  /** The differing fields of one row, in the order compared. */
  private static final class Fields {
    private final Map<String, String> changed = new TreeMap<>();
    private final List<String> order = new ArrayList<>();

    void compare(String name, Object fromLog, Object inDatabase) {
      if (!Objects.equals(fromLog, inDatabase)) {
        int from = firstDifference(String.valueOf(fromLog), String.valueOf(inDatabase));
        order.add(name);
        changed.put(
            name,
            name
                + ": log has "
                + shown(fromLog, from)
                + ", database has "
                + shown(inDatabase, from));
      }
    }

    /** Where two long texts start to differ, less some context, so the difference is shown. */
    private static int firstDifference(String a, String b) {
      int i = 0;
      while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
        i++;
      }
      return i < SHOWN ? 0 : i - 20;
    }

    void addTo(String table, String where, List<Difference> differences) {
      if (!order.isEmpty()) {
        differences.add(
            new Difference(
                table,
                where,
                Difference.Kind.CHANGED,
                String.join("; ", order.stream().map(changed::get).toList())));
      }
    }

    private static String shown(Object value, int from) {
      String text = String.valueOf(value);
      String start = from == 0 ? "" : "…";
      int end = Math.min(text.length(), from + SHOWN);
      return "'"
          + start
          + text.substring(Math.min(from, end), end)
          + (end < text.length() ? "…'" : "'");
    }
  }
}
