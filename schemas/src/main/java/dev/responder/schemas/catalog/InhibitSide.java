package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.util.Map;
import java.util.Set;

/**
 * One side of an inhibit rule: which incidents (source) or alerts (target) it covers. Every part
 * that is given must hold; an empty part holds for all.
 *
 * @param runbooks runbook ids ({@code unclassified} included); empty: any runbook
 * @param severities the severities covered; empty: any severity
 * @param matchers Alertmanager matchers over the labels: an alert's labels on the target side, an
 *     incident's grouping labels with namespace and service on the source side
 */
public record InhibitSide(Set<String> runbooks, Set<Severity> severities, MatcherSet matchers) {

  public InhibitSide {
    runbooks = Set.copyOf(runbooks);
    severities = Set.copyOf(severities);
  }

  public boolean matches(String runbookId, Severity severity, Map<String, String> labels) {
    return (runbooks.isEmpty() || runbooks.contains(runbookId))
        && (severities.isEmpty() || severities.contains(severity))
        && matchers.matches(labels);
  }
}
