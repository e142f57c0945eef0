package dev.responder.schemas.catalog.matcher;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Matchers that must all hold, like one Alertmanager route's {@code matchers} list. An empty set
 * matches every alert.
 */
public record MatcherSet(List<LabelMatcher> matchers) {

  public MatcherSet {
    matchers = List.copyOf(matchers);
  }

  /**
   * Parses a selector in Alertmanager's syntax, e.g. {@code {alertname="X", namespace=~"crm.*"}}:
   * comma-separated matchers, the braces optional, commas inside quoted values kept.
   *
   * @throws MatcherSyntaxException naming the matcher that cannot be read
   */
  public static MatcherSet parse(String selector) {
    return new MatcherSet(MatcherParser.parseSelector(selector));
  }

  /** True when every matcher holds for the labels. */
  public boolean matches(Map<String, String> labels) {
    return matchers.stream().allMatch(m -> m.matches(labels));
  }

  /** The selector form, e.g. {@code {alertname="X", namespace="crm"}}. */
  @Override
  public String toString() {
    return matchers.stream()
        .map(LabelMatcher::toString)
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
