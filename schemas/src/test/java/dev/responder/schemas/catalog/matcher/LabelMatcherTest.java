package dev.responder.schemas.catalog.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The cases Alertmanager documents and tests for its matchers (pkg/labels), in our engine. */
class LabelMatcherTest {

  private static final Map<String, String> FOO_BAR = Map.of("foo", "bar");
  private static final Map<String, String> NO_FOO = Map.of("other", "x");

  @ParameterizedTest(name = "{0} on foo=\"{1}\" -> {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        "foo=\"bar\"      ; bar    ; true",
        "foo=\"bar\"      ; baz    ; false",
        "foo!=\"bar\"     ; bar    ; false",
        "foo!=\"bar\"     ; baz    ; true",
        "foo=~\"bar\"     ; bar    ; true",
        "foo=~\"bar\"     ; foobar ; false",
        "foo=~\"bar\"     ; barfoo ; false",
        "foo=~\"ba.*\"    ; bar    ; true",
        "foo=~\"ba.*\"    ; abar   ; false",
        "foo=~\"bar|baz\" ; baz    ; true",
        "foo=~\"bar|baz\" ; barx   ; false",
        "foo=~\"bar|baz\" ; xbaz   ; false",
        "foo!~\"bar\"     ; bar    ; false",
        "foo!~\"bar\"     ; baz    ; true",
        "foo!~\"ba.*\"    ; barx   ; false",
        "foo=~\"\"        ; bar    ; false",
      })
  void shouldMatchLikeAlertmanagerOnAPresentLabel(String matcher, String value, boolean expected) {
    assertThat(LabelMatcher.parse(matcher).matches(Map.of("foo", value))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} on a missing label -> {1}")
  @CsvSource(
      delimiter = ';',
      value = {
        "foo=\"\"      ; true",
        "foo!=\"\"     ; false",
        "foo=~\".*\"   ; true",
        "foo=~\".+\"   ; false",
        "foo!~\".+\"   ; true",
        "foo=~\"\"     ; true",
        "foo=\"bar\"   ; false",
        "foo!=\"bar\"  ; true",
      })
  void shouldTreatAMissingLabelAsEmpty(String matcher, boolean expected) {
    assertThat(LabelMatcher.parse(matcher).matches(NO_FOO)).isEqualTo(expected);
  }

  @Test
  void shouldTreatAnEmptyLabelValueLikeAMissingLabel() {
    LabelMatcher requiresFoo = LabelMatcher.parse("foo!=\"\"");

    assertThat(requiresFoo.matches(Map.of("foo", ""))).isFalse();
    assertThat(requiresFoo.matches(FOO_BAR)).isTrue();
  }

  @Test
  void shouldParseQuotedRegexWithAlternation() {
    LabelMatcher matcher = LabelMatcher.parse("service=~\"crm-(backend|api)\"");

    assertThat(matcher.name()).isEqualTo("service");
    assertThat(matcher.type()).isEqualTo(MatchType.REGEX);
    assertThat(matcher.value()).isEqualTo("crm-(backend|api)");
    assertThat(matcher.matches(Map.of("service", "crm-api"))).isTrue();
    assertThat(matcher.matches(Map.of("service", "crm-worker"))).isFalse();
  }

  @Test
  void shouldParseUnquotedValuesAndSpacesLikeAlertmanager() {
    assertThat(LabelMatcher.parse("  alertname = HighErrorRate "))
        .isEqualTo(LabelMatcher.of("alertname", MatchType.EQUAL, "HighErrorRate"));
    assertThat(LabelMatcher.parse("severity!~warning|info"))
        .isEqualTo(LabelMatcher.of("severity", MatchType.NOT_REGEX, "warning|info"));
  }

  @Test
  void shouldUnescapeQuotesBackslashesAndNewlinesButKeepRegexEscapes() {
    assertThat(LabelMatcher.parse("msg=\"say \\\"hi\\\"\"").value()).isEqualTo("say \"hi\"");
    assertThat(LabelMatcher.parse("path=\"a\\\\b\"").value()).isEqualTo("a\\b");
    assertThat(LabelMatcher.parse("id=~\"\\d+\"").matches(Map.of("id", "42"))).isTrue();
  }

  @Test
  void shouldPrintACanonicalFormThatParsesBack() {
    LabelMatcher matcher = LabelMatcher.of("msg", MatchType.NOT_EQUAL, "a \"b\" \\ c");

    assertThat(LabelMatcher.parse(matcher.toString())).isEqualTo(matcher);
  }

  @Test
  void shouldRejectAnInvalidRegexWithAHint() {
    assertThatThrownBy(() -> LabelMatcher.parse("foo=~\"(bar\""))
        .isInstanceOf(MatcherSyntaxException.class)
        .hasMessageContaining("invalid regular expression")
        .satisfies(e -> assertThat(((MatcherSyntaxException) e).hint()).contains("anchored"));
  }

  @Test
  void shouldRejectTextThatIsNotAMatcher() {
    assertThatThrownBy(() -> LabelMatcher.parse("foo"))
        .isInstanceOf(MatcherSyntaxException.class)
        .hasMessageContaining("is not a label matcher");
    assertThatThrownBy(() -> LabelMatcher.parse("foo=\"bar")).hasMessageContaining("unterminated");
    assertThatThrownBy(() -> LabelMatcher.parse("foo=\"b\"ar\""))
        .hasMessageContaining("after the closing quote");
  }

  @Test
  void shouldRequireEveryMatcherOfASet() {
    MatcherSet set =
        new MatcherSet(
            java.util.List.of(
                LabelMatcher.parse("namespace=\"crm\""),
                LabelMatcher.parse("alertname=~\"Crm.*\"")));

    assertThat(set.matches(Map.of("namespace", "crm", "alertname", "CrmApiDown"))).isTrue();
    assertThat(set.matches(Map.of("namespace", "crm", "alertname", "NodeDown"))).isFalse();
    assertThat(set).hasToString("{namespace=\"crm\", alertname=~\"Crm.*\"}");
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void shouldMatchCatastrophicRegexesInLinearTime() {
    // The timeout is only a hang guard: a backtracking engine does not finish (.*a){20} here.
    String value = "a".repeat(64) + "!";

    assertThat(LabelMatcher.parse("path=~\"(a+)+$\"").matches(Map.of("path", value))).isFalse();
    assertThat(LabelMatcher.parse("path=~\"(.*a){20}\"").matches(Map.of("path", value))).isFalse();
    assertThat(LabelMatcher.parse("path=~\"(.*a){20}\"").matches(Map.of("path", "a".repeat(64))))
        .isTrue();
  }

  @Test
  void shouldRejectARegexThatIsNotRe2WithAHint() {
    assertThatThrownBy(() -> LabelMatcher.parse("foo=~\"((\""))
        .isInstanceOf(MatcherSyntaxException.class)
        .hasMessageContaining("invalid regular expression");
    assertThatThrownBy(() -> LabelMatcher.parse("foo=~\"(a)\\\\1\""))
        .isInstanceOf(MatcherSyntaxException.class);
  }
}
