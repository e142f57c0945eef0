package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

  private static final Instant T0 = Instant.parse("2026-11-27T03:00:00Z");
  private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(30));

  @Test
  void shouldStayClosedBelowTheThreshold() {
    breaker.recordFailure(T0);
    breaker.recordFailure(T0);

    assertThat(breaker.state(T0)).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(breaker.allowsCall(T0)).isTrue();
  }

  @Test
  void shouldOpenAfterConsecutiveFailuresAndRefuseCalls() {
    breaker.recordFailure(T0);
    breaker.recordFailure(T0);
    breaker.recordFailure(T0);

    assertThat(breaker.state(T0.plusSeconds(29))).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(breaker.allowsCall(T0.plusSeconds(29))).isFalse();
  }

  @Test
  void shouldLetOneTrialCallThroughWhenHalfOpen() {
    openAt(T0);
    Instant later = T0.plusSeconds(30);

    assertThat(breaker.state(later)).isEqualTo(CircuitBreaker.State.HALF_OPEN);
    assertThat(breaker.allowsCall(later)).isTrue();
    assertThat(breaker.allowsCall(later)).isFalse();
  }

  @Test
  void shouldCloseWhenTheTrialSucceeds() {
    openAt(T0);
    breaker.allowsCall(T0.plusSeconds(30));

    breaker.recordSuccess();

    assertThat(breaker.state(T0.plusSeconds(31))).isEqualTo(CircuitBreaker.State.CLOSED);
  }

  @Test
  void shouldReopenWhenTheTrialFails() {
    openAt(T0);
    Instant trial = T0.plusSeconds(30);
    breaker.allowsCall(trial);

    breaker.recordFailure(trial);

    assertThat(breaker.state(trial.plusSeconds(1))).isEqualTo(CircuitBreaker.State.OPEN);
  }

  @Test
  void shouldLetAnotherTrialThroughWhenTheTrialCallNeverWentOut() {
    openAt(T0);
    Instant later = T0.plusSeconds(30);
    breaker.allowsCall(later);

    breaker.recordNotCalled();

    assertThat(breaker.allowsCall(later)).isTrue();
  }

  private void openAt(Instant at) {
    for (int i = 0; i < 3; i++) {
      breaker.recordFailure(at);
    }
  }
}
