package dev.responder.correlator.domain;

import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.Silence;
import dev.responder.schemas.command.CommandRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Alertmanager's silence semantics: a silence mutes an alert when it has not expired and every
 * matcher matches; a missing label matches as the empty string; regular expressions are RE2,
 * anchored at both ends and matched in linear time (the catalog's own matcher). A silence with a
 * matcher that does not compile (kept by an older version that did not validate) mutes nothing.
 */
public final class SilenceMatcher {

  /** Matchers compiled once, not once per alert; shared by every stream thread. */
  private static final Map<
          LabelMatcher, Optional<dev.responder.schemas.catalog.matcher.LabelMatcher>>
      COMPILED = new ConcurrentHashMap<>();

  private static final int MAX_COMPILED = 10_000;

  private SilenceMatcher() {}

  /** The first silence that mutes these labels at this instant, if any. */
  public static Optional<Silence> firstMuting(
      Collection<Silence> silences, Map<String, String> labels, Instant at) {
    return silences.stream().filter(silence -> mutes(silence, labels, at)).findFirst();
  }

  /** Whether this silence mutes an alert with these labels at this instant. */
  public static boolean mutes(Silence silence, Map<String, String> labels, Instant at) {
    return at.isBefore(silence.getExpiresAt())
        && compile(silence)
            .map(matchers -> matchers.stream().allMatch(matcher -> matcher.matches(labels)))
            .orElse(false);
  }

  /** The silence's matchers compiled, or empty when one of them is not a valid RE2 expression. */
  public static Optional<List<dev.responder.schemas.catalog.matcher.LabelMatcher>> compile(
      Silence silence) {
    List<dev.responder.schemas.catalog.matcher.LabelMatcher> compiled = new ArrayList<>();
    for (LabelMatcher matcher : silence.getMatchers()) {
      Optional<dev.responder.schemas.catalog.matcher.LabelMatcher> one = compile(matcher);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      compiled.add(one.get());
    }
    return Optional.of(compiled);
  }

  static Optional<dev.responder.schemas.catalog.matcher.LabelMatcher> compile(
      LabelMatcher matcher) {
    if (COMPILED.size() >= MAX_COMPILED) {
      COMPILED.clear(); // crude but bounded: silences are few and compiling again is cheap
    }
    return COMPILED.computeIfAbsent(matcher, CommandRules::compile);
  }

  static boolean matches(LabelMatcher matcher, Map<String, String> labels) {
    return compile(matcher).map(compiled -> compiled.matches(labels)).orElse(false);
  }
}
