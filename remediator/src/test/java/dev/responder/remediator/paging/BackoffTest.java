package dev.responder.remediator.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

  private final Backoff backoff = new Backoff(5, Duration.ofSeconds(1), Duration.ofSeconds(10));
  private final Attempt.Retry plain = new Attempt.Retry(Optional.empty(), "503");

  @Test
  void shouldDoubleTheWaitUpToTheCap() {
    assertThat(backoff.next(1, plain)).contains(Duration.ofSeconds(1));
    assertThat(backoff.next(2, plain)).contains(Duration.ofSeconds(2));
    assertThat(backoff.next(3, plain)).contains(Duration.ofSeconds(4));
    assertThat(backoff.next(4, plain)).contains(Duration.ofSeconds(8));
  }

  @Test
  void shouldStopAfterTheLastAttempt() {
    assertThat(backoff.next(5, plain)).isEmpty();
  }

  @Test
  void shouldWaitAtLeastWhatRetryAfterAsks() {
    Attempt.Retry asked = new Attempt.Retry(Optional.of(Duration.ofSeconds(30)), "429");
    assertThat(backoff.next(1, asked)).contains(Duration.ofSeconds(30));
    Attempt.Retry less = new Attempt.Retry(Optional.of(Duration.ZERO), "429");
    assertThat(backoff.next(3, less)).contains(Duration.ofSeconds(4));
  }

  @Test
  void shouldReadRetryAfterAsSecondsOrAsAnHttpDate() {
    Instant now = Instant.parse("2026-12-03T10:00:00Z");
    assertThat(RetryAfter.parse(Optional.of("7"), now)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(Optional.of("Thu, 03 Dec 2026 10:01:00 GMT"), now))
        .contains(Duration.ofMinutes(1));
    assertThat(RetryAfter.parse(Optional.of("soon"), now)).isEmpty();
    assertThat(RetryAfter.parse(Optional.of("-3"), now)).isEmpty();
    assertThat(RetryAfter.parse(Optional.empty(), now)).isEmpty();
  }
}
