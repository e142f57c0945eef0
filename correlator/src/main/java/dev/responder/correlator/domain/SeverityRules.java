package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Severity;
import java.util.Map;
import java.util.Optional;

/**
 * The port to a runbook's severity rules, for decisions that need check results: the severity one
 * alert implies given its labels and the figures its incident's checks reported. Pure, like the
 * classifier, so a replay decides as the live run did.
 */
@FunctionalInterface
public interface SeverityRules {

  /** Rules that never use check figures: every alert keeps its classification's severity. */
  SeverityRules NONE = (runbookId, labels, figures) -> Optional.empty();

  /**
   * The severity the runbook's rules give an alert with these labels once these figures are known
   * (check id to figure name to value), or empty when the runbook has no such rules.
   */
  Optional<Verdict> decide(
      String runbookId, Map<String, String> labels, Map<String, Map<String, Double>> figures);

  /** A severity and the rule that chose it, e.g. "raised from P2 to P1 by pods.ready == 0". */
  record Verdict(Severity severity, String reason) {}
}
