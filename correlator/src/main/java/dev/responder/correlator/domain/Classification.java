package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Severity;
import java.util.Map;
import java.util.Objects;

/**
 * What the runbook catalog says about one alert: the runbook, the severity this alert implies
 * (after the catalog's raise/lower conditions), the group it belongs to and the scope it is in.
 *
 * @param groupKey runbook id plus the grouping labels' values: alerts with equal keys form one
 *     incident
 * @param reason which matcher matched, for the incident's explanation
 */
public record Classification(
    String runbookId,
    String title,
    Severity severity,
    String groupKey,
    Map<String, String> groupLabels,
    String namespace,
    String service,
    String catalogVersion,
    String reason) {

  /**
   * The runbook id the catalog gives alerts no runbook matches (the catalog's {@code unclassified}
   * policy): such alerts still form an incident that notifies and never acts.
   */
  public static final String UNCLASSIFIED_RUNBOOK = "unclassified";

  public Classification {
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(groupKey, "groupKey");
    groupLabels = Map.copyOf(groupLabels);
    Objects.requireNonNull(catalogVersion, "catalogVersion");
    Objects.requireNonNull(reason, "reason");
  }

  /** True when no runbook matched and the catalog's unclassified policy decided. */
  public boolean unclassified() {
    return UNCLASSIFIED_RUNBOOK.equals(runbookId);
  }

  /** The inhibition scope this alert belongs to. */
  public Scope scope() {
    return new Scope(namespace, service);
  }
}
