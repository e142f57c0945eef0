package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250));

  @Test
  void shouldBackOffExponentiallyUpToTheMaximumForTransientFailures() {
    assertThat(policy.nextDelay(1, FailureKind.TRANSIENT)).contains(Duration.ofMillis(100));
    assertThat(policy.nextDelay(2, FailureKind.TRANSIENT)).contains(Duration.ofMillis(200));
    assertThat(policy.nextDelay(3, FailureKind.TRANSIENT)).contains(Duration.ofMillis(250));
  }

  @Test
  void shouldStopAfterTheLastAttempt() {
    assertThat(policy.nextDelay(4, FailureKind.TRANSIENT)).isEmpty();
  }

  @Test
  void shouldNeverRetryPermanentErrorsTimeoutsOrUnavailableDependencies() {
    assertThat(policy.nextDelay(1, FailureKind.PERMANENT)).isEmpty();
    assertThat(policy.nextDelay(1, FailureKind.TIMEOUT)).isEmpty();
    assertThat(policy.nextDelay(1, FailureKind.UNAVAILABLE)).isEmpty();
  }
}
