package dev.responder.correlator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentIdsTest {

  private static final Instant STARTS = Instant.parse("2026-11-27T23:59:00Z");

  @Test
  void shouldGiveSameIdForSameOpeningAlert() {
    assertThat(IncidentIds.of("g", "fp", STARTS)).isEqualTo(IncidentIds.of("g", "fp", STARTS));
  }

  @Test
  void shouldNameDayOfDetectionInUtcAndEightCrockfordCharacters() {
    assertThat(IncidentIds.of("g", "fp", STARTS)).matches("INC-20261127-[0-9A-HJKMNP-TV-Z]{8}");
  }

  @Test
  void shouldGiveDifferentIdsForDifferentGroups() {
    assertThat(IncidentIds.of("g1", "fp", STARTS)).isNotEqualTo(IncidentIds.of("g2", "fp", STARTS));
  }
}
