package dev.responder.correlator.domain;

import dev.responder.schemas.avro.RemediationOutcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads check results' evidence figures as numbers, by check id and figure name. The contract
 * carries figures as strings; one that is not a number is left out, so no rule acts on it.
 */
final class CheckFigures {

  private CheckFigures() {}

  static Map<String, Map<String, Double>> of(List<RemediationOutcome> checks) {
    Map<String, Map<String, Double>> byCheck = new LinkedHashMap<>();
    for (RemediationOutcome check : checks) {
      byCheck.put(check.getStep(), numbers(check.getEvidence().getFigures()));
    }
    return byCheck;
  }

  /** The figures as written, e.g. {@code ready=0, notReady=3}, for explanations. */
  static String describe(RemediationOutcome check) {
    return check.getEvidence().getFigures().entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .reduce((a, b) -> a + ", " + b)
        .orElse("no figures");
  }

  private static Map<String, Double> numbers(Map<String, String> figures) {
    Map<String, Double> numbers = new LinkedHashMap<>();
    figures.forEach((name, value) -> parse(value).ifPresent(number -> numbers.put(name, number)));
    return numbers;
  }

  private static Optional<Double> parse(String value) {
    try {
      return Optional.of(Double.parseDouble(value.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
