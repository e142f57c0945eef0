package dev.responder.correlator.domain;

import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.Silence;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Alertmanager's silence semantics: a silence mutes an alert when it has not expired and every
 * matcher matches; a missing label matches as the empty string; regular expressions are anchored at
 * both ends.
 */
public final class SilenceMatcher {

  private SilenceMatcher() {}

  /** The first silence that mutes these labels at this instant, if any. */
  public static Optional<Silence> firstMuting(
      Collection<Silence> silences, Map<String, String> labels, Instant at) {
    return silences.stream().filter(silence -> mutes(silence, labels, at)).findFirst();
  }

  /** Whether this silence mutes an alert with these labels at this instant. */
  public static boolean mutes(Silence silence, Map<String, String> labels, Instant at) {
    return at.isBefore(silence.getExpiresAt())
        && silence.getMatchers().stream().allMatch(matcher -> matches(matcher, labels));
  }

  static boolean matches(LabelMatcher matcher, Map<String, String> labels) {
    String value = labels.getOrDefault(matcher.getName(), "");
    return switch (matcher.getOperator()) {
      case EQUAL -> value.equals(matcher.getValue());
      case NOT_EQUAL -> !value.equals(matcher.getValue());
      case REGEX -> anchored(matcher.getValue()).matcher(value).matches();
      case NOT_REGEX -> !anchored(matcher.getValue()).matcher(value).matches();
    };
  }

  private static Pattern anchored(String regex) {
    // matches() already anchors; the group keeps alternations like "a|b" whole, as Alertmanager
    // does.
    return Pattern.compile("(?:" + regex + ")");
  }
}
