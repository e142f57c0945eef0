package dev.responder.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatenciesTest {

  @Test
  void shouldTakeTheNearestRankPercentileInMilliseconds() {
    // given 100 durations of 1..100 ms, in no order
    long[] nanos = new long[100];
    for (int i = 0; i < 100; i++) {
      nanos[i] = (100 - i) * 1_000_000L;
    }

    // when
    Latencies latencies = Latencies.of(nanos);

    // then
    assertThat(latencies.p50Millis()).isEqualTo(50.0);
    assertThat(latencies.p99Millis()).isEqualTo(99.0);
    assertThat(latencies.maxMillis()).isEqualTo(100.0);
  }

  @Test
  void shouldAnswerNotANumberWhenNothingWasMeasured() {
    // when
    Latencies latencies = Latencies.of();

    // then
    assertThat(latencies.p99Millis()).isNaN();
    assertThat(latencies.maxMillis()).isNaN();
  }

  @Test
  void shouldLeaveAPercentileUnknownWhenItFallsAmongAlertsThatNeverArrived() {
    // given 98 alerts measured at 1..98 ms and 2 that got no event
    long[] nanos = new long[98];
    for (int i = 0; i < 98; i++) {
      nanos[i] = (i + 1) * 1_000_000L;
    }
    Latencies measured = Latencies.of(nanos);

    // then the median is known, the 99th percentile is slower than anything measured
    assertThat(EndToEndBench.percentile(measured, 50, 2, 100)).isEqualTo(50.0);
    assertThat(EndToEndBench.percentile(measured, 99, 2, 100)).isNaN();
  }
}
