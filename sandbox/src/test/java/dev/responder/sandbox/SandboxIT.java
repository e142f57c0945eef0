package dev.responder.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SandboxExtension.class)
class SandboxIT {

  @Test
  void shouldHandOutTheComponentsOfTheOneSharedSandbox(Sandbox sandbox, Redis redis) {
    // then
    assertThat(sandbox).isSameAs(Sandbox.shared());
    assertThat(sandbox.redis()).isSameAs(redis);
  }
}
