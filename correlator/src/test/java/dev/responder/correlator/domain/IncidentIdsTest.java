package dev.responder.correlator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IncidentIdsTest {

  private static final Instant DAY = Instant.parse("2026-11-27T23:59:00Z");

  @Test
  void shouldGiveSameIdForSameSerialAndDay() {
    assertThat(IncidentIds.of(DAY, 42)).isEqualTo(IncidentIds.of(DAY, 42));
  }

  @Test
  void shouldNameDayOfDetectionInUtcAndEightCrockfordCharacters() {
    assertThat(IncidentIds.of(DAY, 42)).matches("INC-20261127-[0-9A-HJKMNP-TV-Z]{8}");
  }

  @Test
  void shouldGiveDistinctIdsToDistinctSerials() {
    Set<String> ids = new HashSet<>();
    LongStream.range(0, 100_000).forEach(serial -> ids.add(IncidentIds.of(DAY, serial)));
    LongStream.range(0, 1_000)
        .forEach(serial -> ids.add(IncidentIds.of(DAY, (1L << 39) | (5L << 32) | serial)));

    assertThat(ids).hasSize(101_000);
  }
}
