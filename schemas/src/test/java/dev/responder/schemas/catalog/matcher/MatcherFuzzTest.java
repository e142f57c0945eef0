package dev.responder.schemas.catalog.matcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.re2j.PatternSyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes the two ways a matcher enters Responder: the catalog's text form ({@code name op value})
 * and a silence's (name, operator, value) triple as an operator sends it. The only failures allowed
 * are the documented ones, {@link MatcherSyntaxException} and RE2's {@link PatternSyntaxException};
 * a matcher that compiles must match any labels without throwing. Seeds are in {@code
 * MatcherFuzzTestInputs/<method>/}; {@code ./responder fuzz} mutates them.
 */
class MatcherFuzzTest {

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void shouldParseMatcherTextOrExplainWhy(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    LabelMatcher matcher;
    try {
      matcher = LabelMatcher.parse(text);
    } catch (MatcherSyntaxException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(e.hint()).isNotBlank();
      return;
    }
    assertThat(matcher.name()).matches("[a-zA-Z_][a-zA-Z0-9_]*");
    matcher.matches(Map.of(matcher.name(), matcher.value()));
    matcher.matches(Map.of());
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void shouldCompileSilenceMatcherOrRefuseTheRegex(byte[] input) {
    if (input.length == 0) {
      return;
    }
    MatchType type = MatchType.values()[Math.floorMod(input[0], MatchType.values().length)];
    String value = new String(input, 1, input.length - 1, StandardCharsets.UTF_8);
    LabelMatcher matcher;
    try {
      matcher = LabelMatcher.of("service", type, value);
    } catch (PatternSyntaxException e) {
      assertThat(type.isRegex()).as("only a regex value can be refused").isTrue();
      return;
    }
    boolean sameValue = matcher.matches(Map.of("service", value));
    if (type == MatchType.EQUAL) {
      assertThat(sameValue).isTrue();
    } else if (type == MatchType.NOT_EQUAL) {
      assertThat(sameValue).isFalse();
    }
    matcher.matches(Map.of("service", value + value));
  }
}
