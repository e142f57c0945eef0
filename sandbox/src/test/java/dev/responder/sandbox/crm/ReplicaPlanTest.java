package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.sandbox.crm.ReplicaPlan.RunningPod;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplicaPlanTest {

  @Test
  void shouldReplaceEveryPodOfAnOlderRevision() {
    // given
    List<RunningPod> pods =
        List.of(new RunningPod("w-old-a", "old"), new RunningPod("w-old-b", "old"));

    // when
    ReplicaPlan plan = ReplicaPlan.of(2, "new", pods);

    // then
    assertThat(plan.delete()).containsExactly("w-old-a", "w-old-b");
    assertThat(plan.create()).isEqualTo(2);
  }

  @Test
  void shouldCreateTheMissingPodsWhenScaledUp() {
    // given
    List<RunningPod> pods = List.of(new RunningPod("w-r-a", "r"), new RunningPod("w-r-b", "r"));

    // when
    ReplicaPlan plan = ReplicaPlan.of(4, "r", pods);

    // then
    assertThat(plan.delete()).isEmpty();
    assertThat(plan.create()).isEqualTo(2);
  }

  @Test
  void shouldDeleteTheSurplusWhenScaledDown() {
    // given
    List<RunningPod> pods =
        List.of(
            new RunningPod("w-r-c", "r"),
            new RunningPod("w-r-a", "r"),
            new RunningPod("w-r-b", "r"));

    // when
    ReplicaPlan plan = ReplicaPlan.of(1, "r", pods);

    // then the last by name go, so the plan is the same whatever order the API listed them in
    assertThat(plan.delete()).containsExactly("w-r-c", "w-r-b");
    assertThat(plan.create()).isZero();
  }

  @Test
  void shouldDoNothingWhenThePodsMatch() {
    // given
    List<RunningPod> pods = List.of(new RunningPod("w-r-a", "r"), new RunningPod("w-r-b", "r"));

    // when
    ReplicaPlan plan = ReplicaPlan.of(2, "r", pods);

    // then
    assertThat(plan.isEmpty()).isTrue();
  }
}
