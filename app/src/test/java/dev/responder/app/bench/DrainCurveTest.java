package dev.responder.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DrainCurveTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void shouldMeasureTheRateFromTheFirstProcessedRecordNotFromStartUp() {
    // given 5 s of start-up, then 1,000 records in 1 s
    DrainCurve curve = new DrainCurve();
    curve.sample(0, 0);
    curve.sample(5 * SECOND, 0);
    curve.sample(5 * SECOND + SECOND / 2, 500);
    curve.sample(6 * SECOND, 1_000);

    // then
    assertThat(curve.done()).isEqualTo(1_000);
    assertThat(curve.rate()).isCloseTo(1_000, within(0.001));
  }

  @Test
  void shouldShowASlowingDrainAsALastTenthSlowerThanTheFirst() {
    // given 100 records in 0.1 s, then the last 100 of 1,000 taking 1 s
    DrainCurve curve = new DrainCurve();
    curve.sample(0, 0);
    curve.sample(SECOND / 10, 100);
    curve.sample(SECOND, 900);
    curve.sample(2 * SECOND, 1_000);

    // then
    assertThat(curve.firstTenthRate()).isCloseTo(1_000, within(0.001));
    assertThat(curve.lastTenthRate()).isCloseTo(100, within(0.001));
  }

  @Test
  void shouldAnswerNotANumberWhenNothingWasProcessed() {
    // given
    DrainCurve curve = new DrainCurve();
    curve.sample(0, 0);
    curve.sample(SECOND, 0);

    // then
    assertThat(curve.rate()).isNaN();
    assertThat(curve.lastTenthRate()).isNaN();
  }
}
