package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DrainBudgetTest {

  @Test
  void shouldAllowTheRateTimesTheReplicasPerSecond() {
    // given
    DrainBudget budget = new DrainBudget(25);

    // when
    int taken = budget.take(Duration.ofSeconds(2), 2);

    // then
    assertThat(taken).isEqualTo(100);
  }

  @Test
  void shouldDrainTwiceAsFastWithTwiceTheReplicas() {
    // given
    DrainBudget two = new DrainBudget(10);
    DrainBudget four = new DrainBudget(10);

    // when
    int withTwo = two.take(Duration.ofSeconds(1), 2);
    int withFour = four.take(Duration.ofSeconds(1), 4);

    // then
    assertThat(withFour).isEqualTo(2 * withTwo).isEqualTo(40);
  }

  @Test
  void shouldCarryFractionsToTheNextTick() {
    // given one event per second in ticks of 300 ms
    DrainBudget budget = new DrainBudget(1);

    // when
    int total = 0;
    for (int tick = 0; tick < 10; tick++) {
      total += budget.take(Duration.ofMillis(300), 1);
    }

    // then three seconds in all
    assertThat(total).isEqualTo(3);
  }

  @Test
  void shouldTakeNothingWithoutProcessingReplicas() {
    // given
    DrainBudget budget = new DrainBudget(50);

    // when
    int taken = budget.take(Duration.ofSeconds(10), 0);

    // then
    assertThat(taken).isZero();
  }

  @Test
  void shouldRefuseARateThatIsNotPositive() {
    assertThatThrownBy(() -> new DrainBudget(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive, was 0.0");
  }
}
