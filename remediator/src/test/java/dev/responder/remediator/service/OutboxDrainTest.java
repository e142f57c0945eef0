package dev.responder.remediator.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OutboxDrainTest {

  private final AtomicLong nanos = new AtomicLong();
  private final AtomicInteger published = new AtomicInteger();

  @Test
  void shouldStopDrainingASteadyInflowOnceTheBudgetIsSpent() throws Exception {
    // Every batch is full and takes a second: rows keep arriving as fast as they are published.
    OutboxDrain drain =
        new OutboxDrain(
            () -> {
              nanos.addAndGet(Duration.ofSeconds(1).toNanos());
              published.addAndGet(500);
              return 500;
            },
            Duration.ofSeconds(5),
            nanos::get);

    int batches = drain.drain();

    assertThat(batches).isEqualTo(5);
    assertThat(published).hasValue(2500);
  }

  @Test
  void shouldDrainUntilABatchIsEmptyWithinTheBudget() throws Exception {
    ArrayDeque<Integer> sizes = new ArrayDeque<>(List.of(500, 500, 120, 0));
    OutboxDrain drain = new OutboxDrain(sizes::pop, Duration.ofSeconds(5), nanos::get);

    int batches = drain.drain();

    assertThat(batches).isEqualTo(3);
    assertThat(sizes).isEmpty();
  }
}
