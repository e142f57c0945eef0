package dev.responder.correlator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Silence;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilenceMatcherTest {

  private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");
  private static final Map<String, String> LABELS =
      Map.of("alertname", "WorkerQueueStuck", "namespace", "crm");

  private static Silence silence(Instant expiresAt, LabelMatcher... matchers) {
    return new Silence("s", List.of(matchers), expiresAt);
  }

  @Test
  void shouldMuteWhenEveryMatcherMatchesBeforeExpiry() {
    Silence silence =
        silence(
            NOW.plusSeconds(1),
            new LabelMatcher("namespace", MatchOperator.EQUAL, "crm"),
            new LabelMatcher("alertname", MatchOperator.REGEX, "Worker.*|Api.*"));

    assertThat(SilenceMatcher.mutes(silence, LABELS, NOW)).isTrue();
  }

  @Test
  void shouldNotMuteOnceExpired() {
    Silence silence = silence(NOW, new LabelMatcher("namespace", MatchOperator.EQUAL, "crm"));

    assertThat(SilenceMatcher.mutes(silence, LABELS, NOW)).isFalse();
  }

  @Test
  void shouldAnchorRegexesAtBothEnds() {
    Silence silence =
        silence(NOW.plusSeconds(1), new LabelMatcher("alertname", MatchOperator.REGEX, "Queue"));

    assertThat(SilenceMatcher.mutes(silence, LABELS, NOW)).isFalse();
  }

  @Test
  void shouldMatchMissingLabelAsEmptyString() {
    Silence silence =
        silence(
            NOW.plusSeconds(1),
            new LabelMatcher("service", MatchOperator.EQUAL, ""),
            new LabelMatcher("pod", MatchOperator.NOT_REGEX, ".+"));

    assertThat(SilenceMatcher.mutes(silence, LABELS, NOW)).isTrue();
  }

  @Test
  void shouldNotMuteWhenNegativeMatcherHits() {
    Silence silence =
        silence(NOW.plusSeconds(1), new LabelMatcher("namespace", MatchOperator.NOT_EQUAL, "crm"));

    assertThat(SilenceMatcher.mutes(silence, LABELS, NOW)).isFalse();
  }
}
