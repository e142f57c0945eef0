package dev.responder.correlator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Silence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilenceIndexTest {

  private static final Instant UNTIL = Instant.parse("2026-11-28T00:00:00Z");
  private static final Map<String, String> LABELS =
      Map.of("alertname", "Alert42", "namespace", "crm", "service", "crm-backend");

  private final SilenceIndex index = new SilenceIndex();

  private static Silence silence(String id, LabelMatcher... matchers) {
    return new Silence(id, List.of(matchers), UNTIL);
  }

  private static LabelMatcher equal(String name, String value) {
    return new LabelMatcher(name, MatchOperator.EQUAL, value);
  }

  @Test
  void shouldOfferOnlyTheSilencesIndexedUnderTheAlertsLabelsAmongTenThousand() {
    for (int i = 0; i < 10_000; i++) {
      index.add(silence("s" + i, equal("namespace", "crm"), equal("alertname", "Alert" + i)));
    }

    List<Silence> candidates = index.candidatesFor(LABELS);

    assertThat(candidates).extracting(Silence::getSilenceId).containsExactly("s42");
  }

  @Test
  void shouldAlwaysOfferSilencesWithoutANonEmptyEqualityMatcher() {
    index.add(silence("regex", new LabelMatcher("service", MatchOperator.REGEX, "crm-.*")));
    index.add(silence("empty", equal("pod", ""), equal("namespace", "other")));
    index.add(silence("missing-only", equal("pod", "")));

    assertThat(index.candidatesFor(LABELS))
        .extracting(Silence::getSilenceId)
        .containsExactlyInAnyOrder("regex", "missing-only");
    assertThat(index.unindexedSize()).isEqualTo(2);
  }

  @Test
  void shouldForgetARemovedOrReplacedSilence() {
    index.add(silence("s", equal("alertname", "Alert42")));
    index.add(silence("s", equal("alertname", "Other")));
    index.add(silence("t", equal("alertname", "Alert42")));

    index.remove("t");

    assertThat(index.candidatesFor(LABELS)).isEmpty();
    assertThat(index.size()).isEqualTo(1);
  }
}
