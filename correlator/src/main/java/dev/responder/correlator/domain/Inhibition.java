package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Cause;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Inhibition by the catalog's rules (Alertmanager's {@code inhibit_rules} semantics, with open
 * incidents as sources): an alert a rule targets is inhibited while the rule has an open source
 * incident with equal values of the rule's {@code equal} labels, other than the alert's own
 * incident; and an incident that becomes a source suppresses the open incidents the rule targets
 * there. It reads the per-rule counts of {@link InhibitionIndex}, never scans incidents per alert.
 */
final class Inhibition {

  private final IncidentRepository incidents;
  private final InhibitionIndex index;
  private final InhibitRules rules;

  Inhibition(IncidentRepository incidents, InhibitionIndex index, InhibitRules rules) {
    this.incidents = incidents;
    this.index = index;
    this.rules = rules;
  }

  /** Why this alert is inhibited, or empty when no rule inhibits it. */
  Optional<String> inhibitorOf(Alert alert, Classification classification, Optional<Incident> own) {
    InhibitSubject target = InhibitRules.subjectOf(classification, alert.getLabels());
    Map<InhibitRule, String> ownSources = own.map(rules::sourceKeys).orElseGet(Map::of);
    for (InhibitRule rule : rules.rules()) {
      if (!rule.target().test(target)) {
        continue;
      }
      String key = rule.keyOf(target);
      // An incident never inhibits its own alerts.
      long sources = index.openSources(key) - (key.equals(ownSources.get(rule)) ? 1 : 0);
      if (sources > 0) {
        return Optional.of(
            "inhibited by rule "
                + rule.name()
                + ": "
                + sources
                + " open source incident"
                + (sources == 1 ? "" : "s")
                + " with "
                + rule.describe(target)
                + (rule.because().isEmpty() ? "" : " (" + rule.because() + ")"));
      }
    }
    return Optional.empty();
  }

  /** When this incident is an open source of a rule, suppresses the rule's targets there. */
  void suppressOthersIfSource(Incident incident, Alert cause, Journal journal) {
    suppressOthersIfSource(
        incident, detail -> Causes.alert(cause, detail), cause.getReceivedAt(), journal);
  }

  /**
   * Reads the rule's target index, so it costs what it suppresses; it runs only when an incident
   * becomes a source (opened, raised, reopened), not per alert.
   *
   * @param causeOf the cause, given the explanation "inhibited by incident ... under rule ..."
   */
  void suppressOthersIfSource(
      Incident incident, Function<String, Cause> causeOf, Instant at, Journal journal) {
    rules
        .sourceKeys(incident)
        .forEach(
            (rule, key) -> {
              Cause cause =
                  causeOf.apply(
                      "inhibited by incident "
                          + incident.getIncidentId()
                          + " under rule "
                          + rule.name());
              for (String targetId : index.targets(key)) {
                if (targetId.equals(incident.getIncidentId())) {
                  continue;
                }
                incidents
                    .findById(targetId)
                    .filter(IncidentFacts::isActive)
                    .filter(other -> key.equals(rules.targetKeys(other).get(rule)))
                    .ifPresent(
                        other ->
                            journal.record(
                                Incident.newBuilder(other).setStatus(IncidentStatus.SUPPRESSED),
                                IncidentEventType.SUPPRESSED,
                                cause,
                                at));
              }
            });
  }
}
