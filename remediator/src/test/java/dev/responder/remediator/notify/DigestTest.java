package dev.responder.remediator.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class DigestTest {

  private static final Instant OPENED = Instant.parse("2026-11-27T14:02:37Z");

  @Test
  void shouldSayHowManyIncidentsOfWhichRunbookInWhichScopeSinceWhenNamingTheFirstFew() {
    // given a storm window that folded 1,999 incidents and named the first ten
    List<String> named = IntStream.rangeClosed(2, 11).mapToObj(i -> "INC-" + i).toList();
    Digest digest = new Digest("api-unresponsive", "crm/crm-backend", OPENED, 1999, named);

    // when
    String text = digest.text();

    // then
    assertThat(text)
        .isEqualTo(
            "1999 more incidents of runbook api-unresponsive in scope crm/crm-backend since"
                + " 14:02 UTC: INC-2, INC-3, INC-4, INC-5, INC-6, INC-7, INC-8, INC-9, INC-10,"
                + " INC-11 (and 1989 more)");
  }

  @Test
  void shouldNameEveryIncidentWhenFewWereFolded() {
    // given
    Digest digest = new Digest("worker-queue-stuck", "crm/", OPENED, 1, List.of("INC-2"));

    // when
    String text = digest.text();

    // then
    assertThat(text)
        .isEqualTo(
            "1 more incident of runbook worker-queue-stuck in scope crm since 14:02 UTC: INC-2");
  }

  @Test
  void shouldSayNoneForAnIncidentWithoutScope() {
    // given
    Digest digest = new Digest("unclassified", "/", OPENED, 2, List.of("INC-2", "INC-3"));

    // when / then
    assertThat(digest.text()).contains("in scope none since");
  }

  @Test
  void shouldRefuseToNameMoreIncidentsThanItCounts() {
    assertThatThrownBy(() -> new Digest("r", "crm/", OPENED, 1, List.of("INC-2", "INC-3")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot name 2");
  }
}
