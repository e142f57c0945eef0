package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CooldownTest {

  private static final Instant NOW = Instant.parse("2026-11-27T03:00:00Z");

  @Test
  void shouldBeInactiveForATargetNeverActedOn() {
    assertThat(Cooldown.isActive(Optional.empty(), Duration.ofMinutes(15), NOW)).isFalse();
  }

  @Test
  void shouldBeActiveUntilTheCooldownHasPassed() {
    Optional<Instant> last = Optional.of(NOW.minus(Duration.ofMinutes(10)));

    assertThat(Cooldown.isActive(last, Duration.ofMinutes(15), NOW)).isTrue();
    assertThat(Cooldown.isActive(last, Duration.ofMinutes(10), NOW)).isFalse();
  }
}
