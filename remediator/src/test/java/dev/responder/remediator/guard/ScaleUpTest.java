package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScaleUpTest {

  @Test
  void shouldRaiseACountBelowTheRequest() {
    assertThat(ScaleUp.target(2, 4)).hasValue(4);
  }

  @Test
  void shouldLeaveACountAtOrAboveTheRequest() {
    assertThat(ScaleUp.target(4, 4)).isEmpty();
    assertThat(ScaleUp.target(6, 4)).isEmpty();
  }

  @Test
  void shouldCountADeploymentAtOrAboveTheRequestAsApplied() {
    assertThat(ScaleUp.satisfied(4, 4)).isTrue();
    assertThat(ScaleUp.satisfied(6, 4)).isTrue();
    assertThat(ScaleUp.satisfied(3, 4)).isFalse();
  }
}
