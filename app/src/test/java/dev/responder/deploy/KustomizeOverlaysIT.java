package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each overlay builds with the operators' own {@code kubectl kustomize}, and every object it builds
 * parses with fabric8's typed model: an unknown kind or field fails.
 */
class KustomizeOverlaysIT {

  private static List<HasMetadata> build(String overlay) {
    Tool.Run run =
        Tool.KUBECTL.require().run(DeployFiles.root(), "kustomize", "deploy/overlays/" + overlay);
    assertThat(run.exitCode()).as(run.output()).isZero();
    // kustomize v5 warns about fields it still honours (bases, patchesStrategicMerge) as comments.
    return DeployFiles.documents(run.output()).stream().map(TypedObjects::parse).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void shouldBuildOnlyObjectsTheTypedModelKnowsFieldByField(String overlay) {
    List<HasMetadata> objects = build(overlay);

    assertThat(objects).hasSizeGreaterThanOrEqualTo(DeployFiles.baseManifests().size());
    for (HasMetadata object : objects) {
      assertThat(TypedObjects.unrecognised(object))
          .as("%s %s", object.getKind(), object.getMetadata().getName())
          .isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void shouldGrantNothingClusterWide(String overlay) {
    assertThat(build(overlay))
        .extracting(HasMetadata::getKind)
        .doesNotContain("ClusterRole", "ClusterRoleBinding");
  }

  @ParameterizedTest
  @CsvSource({"dev, 0", "prod, 1"})
  void shouldKeepAStandbyOfTheCorrelatorsStateWhereThereIsASecondReplica(
      String overlay, String standbys) {
    StatefulSet correlator =
        build(overlay).stream()
            .filter(StatefulSet.class::isInstance)
            .map(StatefulSet.class::cast)
            .findFirst()
            .orElseThrow();

    assertThat(correlator.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv())
        .filteredOn(env -> env.getName().equals("RESPONDER_CORRELATOR_STANDBY_REPLICAS"))
        .singleElement()
        .satisfies(env -> assertThat(env.getValue()).isEqualTo(standbys));
    assertThat(correlator.getSpec().getReplicas()).isGreaterThan(Integer.parseInt(standbys));
  }

  @ParameterizedTest
  @ValueSource(strings = {"dev", "prod"})
  void shouldRunEveryServiceFromTheOverlaysImage(String overlay) {
    List<HasMetadata> objects = build(overlay);
    Stream<String> images =
        Stream.concat(
                objects.stream()
                    .filter(Deployment.class::isInstance)
                    .map(o -> ((Deployment) o).getSpec().getTemplate().getSpec()),
                objects.stream()
                    .filter(StatefulSet.class::isInstance)
                    .map(o -> ((StatefulSet) o).getSpec().getTemplate().getSpec()))
            .flatMap(pod -> pod.getContainers().stream())
            .map(container -> container.getImage());

    assertThat(images.toList()).hasSize(5).allMatch(image -> image.contains("/responder:"));
  }
}
