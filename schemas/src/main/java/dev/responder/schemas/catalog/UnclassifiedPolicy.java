package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import java.util.List;
import java.util.Map;

/**
 * What happens to an alert no runbook matches: its severity comes from the value of {@code
 * severityLabel} through {@code mapping} (else {@code defaultSeverity}); it forms an "unclassified"
 * incident grouped by {@code groupBy} that only runs its {@code notify} steps ({@code
 * notifications}) and never acts.
 */
public record UnclassifiedPolicy(
    String severityLabel,
    Map<String, Severity> mapping,
    Severity defaultSeverity,
    List<String> groupBy,
    List<Step> notifications) {

  /** The runbook id recorded for unclassified incidents. */
  public static final String RUNBOOK_ID = "unclassified";

  public UnclassifiedPolicy {
    mapping = Map.copyOf(mapping);
    groupBy = List.copyOf(groupBy);
    notifications = List.copyOf(notifications);
  }

  /** The severity for an unclassified alert's labels, with the reason. */
  public SeverityDecision severityFor(Map<String, String> labels) {
    String value = labels.get(severityLabel);
    Severity mapped = value == null ? null : mapping.get(value);
    if (mapped != null) {
      return new SeverityDecision(
          mapped, "label " + severityLabel + "=\"" + value + "\" maps to " + mapped);
    }
    String seen = value == null ? "no " + severityLabel + " label" : "unmapped " + severityLabel;
    return new SeverityDecision(defaultSeverity, seen + ": default " + defaultSeverity);
  }
}
