package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformStateTest {

  private final PlatformState state = new PlatformState();

  @Test
  void shouldKeepTheBackendBrokenWhenItIsOnlyScaled() {
    // given
    state.podsChanged("crm-backend", List.of("b-1", "b-2"), false);
    state.breakBackend();

    // when
    state.podsChanged("crm-backend", List.of("b-1", "b-2", "b-3", "b-4"), false);

    // then
    assertThat(state.backendHealthy()).isFalse();
  }

  @Test
  void shouldHealTheBackendWhenItsPodsAreReplaced() {
    // given
    state.podsChanged("crm-backend", List.of("b-1"), false);
    state.breakBackend();

    // when
    state.podsChanged("crm-backend", List.of("b-9"), true);

    // then
    assertThat(state.backendHealthy()).isTrue();
  }

  @Test
  void shouldBeUnhealthyWithoutAReadyBackendPod() {
    // when
    state.podsChanged("crm-backend", List.of(), false);

    // then
    assertThat(state.backendHealthy()).isFalse();
  }

  @Test
  void shouldProcessWithNoWorkerWhileStuck() {
    // given
    state.podsChanged("crm-worker", List.of("w-1", "w-2"), false);

    // when
    state.stallWorker();

    // then
    assertThat(state.processingWorkers()).isEmpty();
    assertThat(state.readyPods("crm-worker")).hasSize(2);
  }

  @Test
  void shouldUnstickTheWorkerOnlyWhenItsOwnPodsAreReplaced() {
    // given
    state.podsChanged("crm-worker", List.of("w-1"), false);
    state.stallWorker();

    // when
    state.podsChanged("crm-backend", List.of("b-9"), true);
    boolean stuckAfterBackendRestart = state.workerStuck();
    state.podsChanged("crm-worker", List.of("w-9"), true);

    // then
    assertThat(stuckAfterBackendRestart).isTrue();
    assertThat(state.processingWorkers()).containsExactly("w-9");
  }
}
