package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Incident;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalog's inhibit rules, and the keys under which an incident counts as a rule's source or
 * target. {@link #reindex} keeps the {@link InhibitionIndex} in step with every saved header, so
 * deciding whether an alert is inhibited reads one count per rule instead of scanning incidents.
 */
public final class InhibitRules {

  /** No inhibition at all. */
  public static final InhibitRules NONE = new InhibitRules(List.of());

  private final List<InhibitRule> rules;

  public InhibitRules(List<InhibitRule> rules) {
    this.rules = List.copyOf(rules);
    Set<String> names = new java.util.HashSet<>();
    for (InhibitRule rule : this.rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("two inhibit rules are named '" + rule.name() + "'");
      }
    }
  }

  public List<InhibitRule> rules() {
    return rules;
  }

  /** An alert as the target side sees it. */
  static InhibitSubject subjectOf(Classification classification, Map<String, String> labels) {
    return new InhibitSubject(classification.runbookId(), classification.severity(), labels);
  }

  /** An incident as either side sees it: its group labels plus namespace and service. */
  static InhibitSubject subjectOf(Incident incident) {
    Map<String, String> labels = new HashMap<>(incident.getGroupLabels());
    Optional.ofNullable(incident.getNamespace()).ifPresent(ns -> labels.put("namespace", ns));
    Optional.ofNullable(incident.getService()).ifPresent(svc -> labels.put("service", svc));
    return new InhibitSubject(incident.getRunbookId(), incident.getSeverity(), labels);
  }

  /** The keys this incident counts under as an open source; none unless open or acknowledged. */
  Map<InhibitRule, String> sourceKeys(Incident incident) {
    return keys(incident, true);
  }

  /** The keys this incident is indexed under as a target; none unless open or acknowledged. */
  Map<InhibitRule, String> targetKeys(Incident incident) {
    return keys(incident, false);
  }

  private Map<InhibitRule, String> keys(Incident incident, boolean asSource) {
    Map<InhibitRule, String> keys = new java.util.LinkedHashMap<>();
    if (incident == null || !IncidentFacts.isActive(incident)) {
      return keys;
    }
    InhibitSubject subject = subjectOf(incident);
    for (InhibitRule rule : rules) {
      boolean matches = asSource ? rule.source().test(subject) : rule.target().test(subject);
      if (matches) {
        keys.put(rule, rule.keyOf(subject));
      }
    }
    return keys;
  }

  /**
   * Moves the incident's counts and target entries from what {@code before} was to what {@code
   * after} is (either may be null: a new or a forgotten incident). Costs a few operations per rule,
   * whatever the state holds.
   */
  public void reindex(Incident before, Incident after, InhibitionIndex index) {
    Set<String> oldSources = new LinkedHashSet<>(sourceKeys(before).values());
    Set<String> newSources = new LinkedHashSet<>(sourceKeys(after).values());
    oldSources.stream().filter(k -> !newSources.contains(k)).forEach(k -> index.countSource(k, -1));
    newSources.stream().filter(k -> !oldSources.contains(k)).forEach(k -> index.countSource(k, 1));
    Set<String> oldTargets = new LinkedHashSet<>(targetKeys(before).values());
    Set<String> newTargets = new LinkedHashSet<>(targetKeys(after).values());
    String id =
        after != null ? after.getIncidentId() : before != null ? before.getIncidentId() : "";
    oldTargets.stream()
        .filter(k -> !newTargets.contains(k))
        .forEach(k -> index.removeTarget(k, id));
    newTargets.stream().filter(k -> !oldTargets.contains(k)).forEach(k -> index.addTarget(k, id));
  }
}
