package dev.responder.correlator.domain;

import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Silence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The silences in force, indexed by one equality matcher each ({@code name="value"} with a
 * non-empty value, {@code alertname} first), so the silences an alert could match are found by
 * looking up its own labels, not by scanning every silence: the cost per alert is its label count
 * plus the silences indexed under its labels plus those without an equality matcher.
 */
public final class SilenceIndex {

  private final Map<String, Silence> byId = new LinkedHashMap<>();
  private final Map<String, Map<String, Set<String>>> byEquality = new HashMap<>();
  private final Set<String> unindexed = new LinkedHashSet<>();

  public void add(Silence silence) {
    remove(silence.getSilenceId());
    byId.put(silence.getSilenceId(), silence);
    Optional<LabelMatcher> key = indexKey(silence);
    if (key.isPresent()) {
      byEquality
          .computeIfAbsent(key.get().getName(), name -> new HashMap<>())
          .computeIfAbsent(key.get().getValue(), value -> new LinkedHashSet<>())
          .add(silence.getSilenceId());
    } else {
      unindexed.add(silence.getSilenceId());
    }
  }

  public void remove(String silenceId) {
    Silence removed = byId.remove(silenceId);
    if (removed == null) {
      return;
    }
    unindexed.remove(silenceId);
    indexKey(removed)
        .ifPresent(
            key -> {
              Map<String, Set<String>> values = byEquality.get(key.getName());
              Set<String> ids = values.get(key.getValue());
              ids.remove(silenceId);
              if (ids.isEmpty()) {
                values.remove(key.getValue());
              }
              if (values.isEmpty()) {
                byEquality.remove(key.getName());
              }
            });
  }

  /** Every silence that could mute an alert with these labels (and maybe some that cannot). */
  public List<Silence> candidatesFor(Map<String, String> labels) {
    List<Silence> candidates = new ArrayList<>();
    labels.forEach(
        (name, value) -> {
          Map<String, Set<String>> values = byEquality.get(name);
          if (values != null) {
            values.getOrDefault(value, Set.of()).forEach(id -> candidates.add(byId.get(id)));
          }
        });
    unindexed.forEach(id -> candidates.add(byId.get(id)));
    return candidates;
  }

  public int size() {
    return byId.size();
  }

  /** How many silences have no equality matcher, so every alert is checked against them. */
  public int unindexedSize() {
    return unindexed.size();
  }

  private static Optional<LabelMatcher> indexKey(Silence silence) {
    // A missing label reads as "", so only a non-empty equality proves the alert has the label.
    return silence.getMatchers().stream()
        .filter(m -> m.getOperator() == MatchOperator.EQUAL && !m.getValue().isEmpty())
        .min(Comparator.comparing(m -> !m.getName().equals("alertname")));
  }
}
