package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The base manifests as the issue asks for them: numbered and named by kind, parsed by fabric8's
 * typed model, and every pod hardened, probed, sized and given secrets as files.
 */
class BaseManifestsTest {

  private static final Map<Path, HasMetadata> MANIFESTS = load();

  private static Map<Path, HasMetadata> load() {
    Map<Path, HasMetadata> manifests = new LinkedHashMap<>();
    DeployFiles.baseManifests()
        .forEach(file -> manifests.put(file, TypedObjects.parse(DeployFiles.document(file))));
    return manifests;
  }

  private static <T extends HasMetadata> List<T> all(Class<T> type) {
    return MANIFESTS.values().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static <T extends HasMetadata> T named(Class<T> type, String name) {
    return all(type).stream()
        .filter(object -> object.getMetadata().getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " " + name));
  }

  private static List<PodSpec> podSpecs() {
    List<PodSpec> specs = new ArrayList<>();
    all(Deployment.class).forEach(d -> specs.add(d.getSpec().getTemplate().getSpec()));
    all(StatefulSet.class).forEach(s -> specs.add(s.getSpec().getTemplate().getSpec()));
    return specs;
  }

  @Test
  void shouldNameEachFileAfterTheKindAndNameItHolds() {
    MANIFESTS.forEach(
        (file, object) ->
            assertThat(file.getFileName().toString())
                .as("file of %s %s", object.getKind(), object.getMetadata().getName())
                .matches(
                    "\\d{3}-"
                        + object.getKind()
                        + "-"
                        + Pattern.quote(object.getMetadata().getName())
                        + "\\.yaml"));
  }

  @Test
  void shouldModelEveryFieldOfEveryManifest() {
    MANIFESTS.forEach(
        (file, object) ->
            assertThat(TypedObjects.unrecognised(object)).as(file.toString()).isEmpty());
  }

  @Test
  void shouldListEveryManifestInTheKustomization() {
    Map<String, Object> kustomization =
        DeployFiles.document(DeployFiles.deploy("base/kustomization.yaml"));

    assertThat(kustomization.get("resources"))
        .isEqualTo(MANIFESTS.keySet().stream().map(f -> f.getFileName().toString()).toList());
  }

  @Test
  void shouldRunEveryContainerNonRootReadOnlyWithoutCapabilities() {
    assertThat(podSpecs()).hasSize(5);
    for (PodSpec pod : podSpecs()) {
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
      assertThat(pod.getSecurityContext().getSeccompProfile().getType())
          .isEqualTo("RuntimeDefault");
      for (Container container : pod.getContainers()) {
        var security = container.getSecurityContext();
        assertThat(security.getReadOnlyRootFilesystem()).as(container.getName()).isTrue();
        assertThat(security.getAllowPrivilegeEscalation()).as(container.getName()).isFalse();
        assertThat(security.getCapabilities().getDrop())
            .as(container.getName())
            .containsExactly("ALL");
      }
    }
  }

  @Test
  void shouldProbeLivenessAndReadinessAndSizeEveryContainer() {
    for (PodSpec pod : podSpecs()) {
      for (Container container : pod.getContainers()) {
        assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/livez");
        assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/readyz");
        assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
        assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
      }
    }
  }

  @Test
  void shouldGiveEachServiceItsOwnServiceAccountAndOnlyTheRemediatorAnApiToken() {
    List<String> accounts = podSpecs().stream().map(PodSpec::getServiceAccountName).toList();

    assertThat(accounts).doesNotHaveDuplicates();
    assertThat(all(ServiceAccount.class).stream().map(a -> a.getMetadata().getName()))
        .containsExactlyInAnyOrderElementsOf(accounts);
    for (PodSpec pod : podSpecs()) {
      assertThat(pod.getAutomountServiceAccountToken())
          .as(pod.getServiceAccountName())
          .isEqualTo(pod.getServiceAccountName().equals("responder-remediator"));
    }
  }

  @Test
  void shouldReadEverySecretFileFromAMountedSecretVolume() {
    for (PodSpec pod : podSpecs()) {
      Container container = pod.getContainers().get(0);
      for (EnvVar env : container.getEnv()) {
        assertThat(env.getValueFrom()).as("%s comes from no Secret key", env.getName()).isNull();
        if (env.getName().matches(".*(PASSWORD|TOKEN|REDIS_URL|WEBHOOK).*")) {
          assertThat(env.getName()).as("a credential is read from a file").endsWith("_FILE");
          assertThat(secretMountHolding(pod, container, env.getValue()))
              .as("%s=%s", env.getName(), env.getValue())
              .isPresent();
        }
      }
    }
  }

  private static Optional<VolumeMount> secretMountHolding(
      PodSpec pod, Container container, String file) {
    return container.getVolumeMounts().stream()
        .filter(mount -> file.startsWith(mount.getMountPath() + "/"))
        .filter(
            mount ->
                pod.getVolumes().stream()
                    .filter(volume -> volume.getName().equals(mount.getName()))
                    .map(Volume::getSecret)
                    .anyMatch(secret -> secret != null))
        .findFirst();
  }

  @Test
  void shouldKeepAtLeastTwoIngestReplicasThroughScalingAndDisruption() {
    Deployment ingest = named(Deployment.class, "responder-ingest");
    HorizontalPodAutoscaler hpa = named(HorizontalPodAutoscaler.class, "responder-ingest");
    PodDisruptionBudget pdb = named(PodDisruptionBudget.class, "responder-ingest");

    assertThat(ingest.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo("responder-ingest");
    assertThat(pdb.getSpec().getSelector().getMatchLabels())
        .isEqualTo(ingest.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void shouldKeepTheCorrelatorsStateOnItsOwnVolume() {
    StatefulSet correlator = named(StatefulSet.class, "responder-correlator");
    Container container = correlator.getSpec().getTemplate().getSpec().getContainers().get(0);
    String stateDir =
        container.getEnv().stream()
            .filter(env -> env.getName().equals("RESPONDER_CORRELATOR_STATE_DIR"))
            .findFirst()
            .orElseThrow()
            .getValue();

    assertThat(correlator.getSpec().getVolumeClaimTemplates())
        .extracting(claim -> claim.getMetadata().getName())
        .containsExactly("state");
    assertThat(container.getVolumeMounts())
        .anySatisfy(
            mount -> {
              assertThat(mount.getName()).isEqualTo("state");
              assertThat(mount.getMountPath()).isEqualTo(stateDir);
            });
  }

  @Test
  void shouldStartEveryServiceWithTheAvroLimitsAsTheUnprivilegedUser() {
    String dockerfile = DeployFiles.read(DeployFiles.deploy("image/Dockerfile"));

    assertThat(dockerfile)
        .contains("\"-Dorg.apache.avro.limits.string.maxLength=1048576\"")
        .contains("\"-Dorg.apache.avro.limits.bytes.maxLength=1048576\"")
        .contains("USER 10001:10001");
  }
}
