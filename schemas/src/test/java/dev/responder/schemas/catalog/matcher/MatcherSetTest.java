package dev.responder.schemas.catalog.matcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Selectors in Alertmanager's syntax, as silences are written, and the nested-repeat budget. */
class MatcherSetTest {

  @Test
  void shouldReadASelectorWithCommasInsideQuotedValues() {
    MatcherSet set = MatcherSet.parse("{alertname=\"X\", job=~\"a,b|c\", namespace!=\"\"}");

    assertThat(set.matchers()).hasSize(3);
    assertThat(set.matchers().get(1).value()).isEqualTo("a,b|c");
    assertThat(set.matches(Map.of("alertname", "X", "job", "a,b", "namespace", "crm"))).isTrue();
  }

  @Test
  void shouldReadASelectorWithoutBraces() {
    assertThat(MatcherSet.parse("alertname=X").matchers()).hasSize(1);
  }

  @Test
  void shouldRefuseAnUnclosedBrace() {
    assertThatThrownBy(() -> MatcherSet.parse("{alertname=\"X\""))
        .isInstanceOf(MatcherSyntaxException.class)
        .hasMessageContaining("does not close");
  }

  @Test
  void shouldCountTheCopiesNestedRepetitionsAskFor() {
    assertThat(RepeatBudget.copies("crm-(backend|api)")).isEqualTo(1);
    assertThat(RepeatBudget.copies("a{3}b{5}")).isEqualTo(5);
    assertThat(RepeatBudget.copies("(a{10}){20}")).isEqualTo(200);
    assertThat(RepeatBudget.copies("((a{100}){100}){100}")).isEqualTo(1_000_000);
    assertThat(RepeatBudget.copies("[{(]\\{9}")).isEqualTo(1);
  }

  @Test
  void shouldRefuseARegexWhoseRepetitionsExpandPastAThousandCopies() {
    assertThatThrownBy(() -> MatcherSet.parse("{service=~\"(a{50}){50}\"}"))
        .isInstanceOf(MatcherSyntaxException.class)
        .hasMessageContaining("more than 1000 copies");
  }
}
