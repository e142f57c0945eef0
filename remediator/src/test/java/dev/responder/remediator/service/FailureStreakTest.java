package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FailureStreakTest {

  private final FailureStreak streak =
      new FailureStreak(Duration.ofMillis(500), Duration.ofSeconds(30));

  @Test
  void shouldWaitLongerAfterEachFailureUpToTheCeiling() {
    List<Duration> delays = IntStream.range(0, 9).mapToObj(i -> streak.failed()).toList();

    assertThat(delays)
        .containsExactly(
            Duration.ofMillis(500),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            Duration.ofSeconds(4),
            Duration.ofSeconds(8),
            Duration.ofSeconds(16),
            Duration.ofSeconds(30),
            Duration.ofSeconds(30),
            Duration.ofSeconds(30));
  }

  @Test
  void shouldBeFailingFromTheFirstFailureUntilASuccess() {
    boolean before = streak.isFailing();
    streak.failed();
    boolean during = streak.isFailing();
    streak.succeeded();

    assertThat(before).isFalse();
    assertThat(during).isTrue();
    assertThat(streak.isFailing()).isFalse();
  }

  @Test
  void shouldStartOverFromTheShortestWaitAfterASuccess() {
    streak.failed();
    streak.failed();
    streak.succeeded();

    assertThat(streak.failed()).isEqualTo(Duration.ofMillis(500));
  }
}
