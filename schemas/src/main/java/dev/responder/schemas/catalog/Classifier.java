package dev.responder.schemas.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Decides, for one alert's labels (or one CRM event's type) at one instant, which runbook handles
 * it, how severe it is and which incident it belongs to. The first runbook in catalog order whose
 * symptoms match wins, as in an Alertmanager route tree; no match means "unclassified". Pure: the
 * same catalog and input always give the same classification.
 */
public final class Classifier {

  private final Catalog catalog;
  private final ResponseClock clock;

  public Classifier(Catalog catalog) {
    this.catalog = catalog;
    this.clock = new ResponseClock(catalog);
  }

  /**
   * Classifies an alert or event.
   *
   * @param eventType the CRM event type, or null for an Alertmanager alert
   * @param detectedAt when the alert was detected; the response deadline counts from here
   */
  public Classification classify(Map<String, String> labels, String eventType, Instant detectedAt) {
    List<Match> matches =
        catalog.runbooks().stream()
            .flatMap(r -> r.symptoms().match(labels, eventType).map(m -> new Match(r, m)).stream())
            .toList();
    if (matches.isEmpty()) {
      return unclassified(labels, detectedAt);
    }
    Runbook runbook = matches.get(0).runbook();
    SeverityDecision severity = runbook.severity().decide(labels, Figures.NONE);
    return new Classification(
        runbook.id(),
        runbook.title(),
        severity.severity(),
        groupingKey(runbook.id(), runbook.groupBy(), labels),
        catalog.version(),
        matches.get(0).what(),
        severity.reason(),
        matches.stream().skip(1).map(m -> m.runbook().id()).toList(),
        runbook.severity().rulesNeedingChecks(),
        detectedAt,
        clock.respondBy(severity.severity(), detectedAt));
  }

  /** Classifies an Alertmanager alert (no CRM event type). */
  public Classification classify(Map<String, String> labels, Instant detectedAt) {
    return classify(labels, null, detectedAt);
  }

  /**
   * The incident identity: the runbook id and the values of its grouping labels, in the form of an
   * Alertmanager group key, e.g. {@code worker-queue-stuck{namespace="crm"}}.
   */
  public static String groupingKey(
      String runbookId, List<String> groupBy, Map<String, String> labels) {
    return groupBy.stream()
        .map(name -> name + "=\"" + labels.getOrDefault(name, "") + "\"")
        .collect(Collectors.joining(",", runbookId + "{", "}"));
  }

  private Classification unclassified(Map<String, String> labels, Instant detectedAt) {
    UnclassifiedPolicy policy = catalog.unclassified();
    SeverityDecision severity = policy.severityFor(labels);
    return new Classification(
        UnclassifiedPolicy.RUNBOOK_ID,
        "Unclassified alert",
        severity.severity(),
        groupingKey(UnclassifiedPolicy.RUNBOOK_ID, policy.groupBy(), labels),
        catalog.version(),
        "no runbook's symptoms",
        severity.reason(),
        List.of(),
        List.of(),
        detectedAt,
        clock.respondBy(severity.severity(), detectedAt));
  }

  private record Match(Runbook runbook, String what) {}
}
