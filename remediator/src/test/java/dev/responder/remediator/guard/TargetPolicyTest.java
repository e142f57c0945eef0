package dev.responder.remediator.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.planning.Limits;
import dev.responder.planning.PlannedStep;
import dev.responder.planning.StepKind;
import dev.responder.planning.StepParams;
import dev.responder.schemas.catalog.operation.TargetKind;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TargetPolicyTest {

  private final Limits limits =
      new Limits(
          Duration.ZERO,
          false,
          OptionalInt.empty(),
          Map.of(
              TargetKind.NAMESPACE, Set.of("crm"), TargetKind.DEPLOYMENT, Set.of("crm-backend")));

  private static PlannedStep restart(String namespace, String deployment) {
    return new PlannedStep(
        "restart",
        StepKind.ACTION,
        "kubernetes.rolloutRestart",
        StepParams.of(Map.of("namespace", namespace, "deployment", deployment)),
        List.of());
  }

  @Test
  void shouldAllowAListedDeploymentInAListedNamespace() {
    assertThat(TargetPolicy.allowed(restart("crm", "crm-backend"), limits)).isTrue();
  }

  @Test
  void shouldRefuseAnUnlistedDeployment() {
    assertThat(TargetPolicy.allowed(restart("crm", "postgres"), limits)).isFalse();
  }

  @Test
  void shouldRefuseAListedDeploymentInAnotherNamespace() {
    assertThat(TargetPolicy.allowed(restart("kube-system", "crm-backend"), limits)).isFalse();
  }
}
