package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * What one side of an inhibit rule is matched against: an alert (its labels, its classification's
 * runbook and severity) or an incident (its group labels with namespace and service, its runbook
 * and severity).
 */
public record InhibitSubject(String runbookId, Severity severity, Map<String, String> labels) {

  public InhibitSubject {
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(severity, "severity");
    labels = Map.copyOf(labels);
  }

  /** A label's value; a missing label reads as the empty string, as in Alertmanager. */
  public String label(String name) {
    return labels.getOrDefault(name, "");
  }
}
