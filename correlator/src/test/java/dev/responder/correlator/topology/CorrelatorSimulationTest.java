package dev.responder.correlator.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Deterministic simulation of the correlator (docs/reliability.md): seeded random schedules of
 * alerts, HA copies, late deliveries, commands, crashes with restore from the changelogs, and clock
 * jumps, on the real topology, with the {@link SimulationInvariants} checked after every step. The
 * number of seeds and steps comes from {@code -Dsimulation.seeds}, {@code -Dsimulation.steps} and
 * {@code -Dsimulation.firstSeed}; {@code -Dsimulation.seed=N} replays one seed. A failure prints
 * the seed, the command that replays it and the steps that led there; a seed that once failed is
 * kept below as a regression test.
 */
class CorrelatorSimulationTest {

  private static final int DEFAULT_SEEDS = 60;
  private static final int DEFAULT_STEPS = 60;

  /**
   * RocksDB opens and closes a task's stores several times per seed: memory-backed when there is
   * one.
   */
  @TempDir(factory = MemoryBackedTempDir.class)
  Path stateRoot;

  @Test
  void shouldKeepEveryInvariantOnEverySeed() {
    int steps = Integer.getInteger("simulation.steps", DEFAULT_STEPS);
    Long only = Long.getLong("simulation.seed");
    long first = only != null ? only : Long.getLong("simulation.firstSeed", 1L);
    int seeds = only != null ? 1 : Integer.getInteger("simulation.seeds", DEFAULT_SEEDS);
    Instant started = Instant.now();

    for (long seed = first; seed < first + seeds; seed++) {
      assertThat(runSeed(seed, steps)).as("seed %d", seed).isNull();
    }

    // The figure docs/reliability.md quotes; printed, never asserted.
    System.out.printf(
        "simulation: %d seeds x %d steps from seed %d in %d s%n",
        seeds, steps, first, Duration.between(started, Instant.now()).toSeconds());
  }

  /**
   * Seeds that once broke an invariant, replayed on every build. Both found faults of the
   * simulation, not of the correlator: seed 2 an incident resolved by a person that reopens with
   * its still-firing alert; seed 3 incident ids after a restart (a new driver numbers offsets from
   * 0 again, which Kafka never does, so the restore carries the log positions over).
   */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {2L, 3L})
  void shouldKeepEveryInvariantOnSeedsThatOnceFailed(long seed) {
    assertThat(runSeed(seed, DEFAULT_STEPS)).isNull();
  }

  private String runSeed(long seed, int steps) {
    try (CorrelatorSimulation simulation = new CorrelatorSimulation(seed, stateRoot)) {
      return simulation.run(steps);
    }
  }
}
