package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.service.ProjectionServiceConfig;
import dev.responder.correlator.CorrelatorConfig;
import dev.responder.operator.OperatorConfig;
import dev.responder.operator.auth.UsersFile;
import dev.responder.remediator.service.RemediatorConfig;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The environment the base manifests give a service is read by that service's config record: a
 * renamed or misspelt variable would otherwise be ignored and its default used without a word.
 */
class ServiceSettingsManifestsTest {

  private static final String KAFKA = "responder-kafka-kafka-bootstrap.kafka.svc:9093";
  private static final Path CATALOG = Path.of("/opt/responder/runbooks/crm.yaml");

  /** What the Secret's keys hold in this test, by file name. */
  private static final Map<String, String> SECRET =
      Map.of(
          "db-password",
          "db-secret",
          "ledger-db-password",
          "ledger-secret",
          "redis-url",
          "redis://:redis-secret@crm-redis.crm.svc:6379",
          "notify-webhook",
          "https://hooks.slack.com/services/T0/B0/webhook-secret",
          "password",
          "kafka-scram-secret",
          "ca.crt",
          "-----BEGIN CERTIFICATE-----",
          "users.yaml",
          "users:\n  carol:\n    role: approver\n    tokens: [\"sha256:" + "ab".repeat(32) + "\"]");

  @TempDir Path secrets;

  @Test
  void shouldConfigureTheCorrelatorWithTheSharedNamesAndOneStandbyReplica() {
    StatefulSet correlator =
        (StatefulSet)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/041-StatefulSet-responder-correlator.yaml")));

    Map<String, String> env =
        values(correlator.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv());
    env.replaceAll((name, value) -> name.endsWith("_FILE") ? standIn(value) : value);

    CorrelatorConfig config = CorrelatorConfig.fromMap(env);

    assertThat(config.bootstrapServers()).isEqualTo(KAFKA);
    assertThat(config.catalogFile()).isEqualTo(CATALOG);
    assertThat(config.standbyReplicas()).isEqualTo(1);
    assertThat(config.stateDir()).isEqualTo(Path.of("/var/lib/responder/state"));
    assertThat(config.kafkaSecurity().clientProperties())
        .containsEntry("security.protocol", "SASL_SSL")
        .containsEntry("sasl.mechanism", "SCRAM-SHA-512");
    assertThat(config.kafkaSecurity().username()).contains("responder-correlator");
    assertThat(config.kafkaSecurity().password()).contains(SECRET.get("password"));
  }

  @Test
  void shouldConfigureTheRemediatorWithItsCredentialsFromTheMountedFiles() throws IOException {
    Deployment remediator =
        (Deployment)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/042-Deployment-responder-remediator.yaml")));
    Map<String, String> env =
        values(remediator.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv());
    // The Secret's files, as the kubelet would mount them, stood in by local files.
    standInSecrets(env);

    RemediatorConfig config = RemediatorConfig.fromMap(env);

    assertThat(config.bootstrapServers()).isEqualTo(KAFKA);
    assertThat(config.catalog()).isEqualTo(CATALOG);
    assertThat(config.databasePassword()).isEqualTo(SECRET.get("db-password"));
    assertThat(config.ledger().sharesCrmDatabase()).isFalse();
    assertThat(config.ledger().jdbcUrl()).endsWith("/responder");
    assertThat(config.ledger().password()).isEqualTo(SECRET.get("ledger-db-password"));
    assertThat(config.redisUri()).isEqualTo(SECRET.get("redis-url"));
    assertThat(config.webhook()).isEqualTo(URI.create(SECRET.get("notify-webhook")));
    assertThat(config.maxEventAge()).isEqualTo(Duration.ofHours(1));
    assertThat(config.kafkaSecurity().username()).contains("responder-remediator");
    assertThat(config.kafkaSecurity().password()).contains(SECRET.get("password"));
  }

  @Test
  void shouldLetTheKillSwitchAndDryRunFlipWithoutARestart() throws IOException {
    Deployment remediator =
        (Deployment)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/042-Deployment-responder-remediator.yaml")));
    var pod = remediator.getSpec().getTemplate().getSpec();
    Map<String, String> env = values(pod.getContainers().get(0).getEnv());
    standInSecrets(env);

    RemediatorConfig config = RemediatorConfig.fromMap(env);

    assertThat(config.killSwitchFile()).contains(Path.of("/etc/responder/switches/kill-switch"));
    assertThat(config.dryRunFile()).contains(Path.of("/etc/responder/switches/dry-run"));
    assertThat(pod.getContainers().get(0).getVolumeMounts())
        .filteredOn(mount -> mount.getMountPath().equals("/etc/responder/switches"))
        .singleElement()
        .satisfies(
            mount -> {
              // A ConfigMap mounted with subPath is never updated in a running pod.
              assertThat(mount.getSubPath()).isNull();
              assertThat(
                      pod.getVolumes().stream()
                          .filter(volume -> volume.getName().equals(mount.getName()))
                          .map(volume -> volume.getConfigMap().getName()))
                  .containsExactly("responder-remediator-switches");
            });
    assertThat(Files.readString(DeployFiles.deploy("base/kustomization.yaml")))
        .contains("034-ConfigMap-responder-remediator-switches.yaml");
  }

  @Test
  void shouldConfigureTheConsoleProjectionWithItsPasswordFromTheMountedFile() {
    Deployment console =
        (Deployment)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/043-Deployment-responder-console.yaml")));
    Map<String, String> env =
        values(console.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv());
    env.replaceAll((name, value) -> name.endsWith("_FILE") ? standIn(value) : value);

    ProjectionServiceConfig config = ProjectionServiceConfig.fromMap(env);

    assertThat(config.bootstrapServers()).isEqualTo(KAFKA);
    assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://crm-postgres.crm.svc:5432/crm");
    assertThat(config.user()).isEqualTo("responder_console");
    assertThat(config.password()).isEqualTo(SECRET.get("db-password"));
    assertThat(config.kafkaSecurity().username()).contains("responder-console");
    assertThat(config.kafkaSecurity().password()).contains(SECRET.get("password"));
    assertThat(config.httpPort())
        .isEqualTo(
            console
                .getSpec()
                .getTemplate()
                .getSpec()
                .getContainers()
                .get(0)
                .getPorts()
                .get(0)
                .getContainerPort());
  }

  @Test
  void shouldConfigureTheOperatorApiWithItsUsersFileAndTheRemediatorsApprovalWait()
      throws IOException {
    Deployment operator =
        (Deployment)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/044-Deployment-responder-operator-api.yaml")));
    Deployment remediator =
        (Deployment)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/042-Deployment-responder-remediator.yaml")));
    var container = operator.getSpec().getTemplate().getSpec().getContainers().get(0);
    Map<String, String> env = values(container.getEnv());
    env.replaceAll((name, value) -> name.endsWith("_FILE") ? standIn(value) : value);
    Map<String, String> remediatorEnv =
        values(remediator.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv());
    standInSecrets(remediatorEnv);

    OperatorConfig config = OperatorConfig.fromMap(env);

    assertThat(config.bootstrapServers()).isEqualTo(KAFKA);
    assertThat(config.catalog()).isEqualTo(CATALOG);
    assertThat(UsersFile.load(config.usersFile()).size()).isEqualTo(1);
    assertThat(config.approvalTtl())
        .isEqualTo(RemediatorConfig.fromMap(remediatorEnv).approvalTtl());
    assertThat(config.security().username()).contains("responder-operator-api");
    assertThat(config.security().password()).contains(SECRET.get("password"));
    assertThat(config.port()).isEqualTo(container.getPorts().get(0).getContainerPort());
  }

  private static Map<String, String> values(List<EnvVar> env) {
    Map<String, String> values = new HashMap<>();
    env.forEach(variable -> values.put(variable.getName(), variable.getValue()));
    return values;
  }

  /** A local file with the content the Secret key mounted at {@code mountedPath} holds. */
  /** The Secrets' files among {@code env}'s, as the kubelet would mount them, stood in. */
  private void standInSecrets(Map<String, String> env) {
    env.replaceAll(
        (name, value) ->
            name.endsWith("_FILE") && value.startsWith("/var/run/secrets/")
                ? standIn(value)
                : value);
  }

  private String standIn(String mountedPath) {
    String key = Path.of(mountedPath).getFileName().toString();
    assertThat(SECRET).as("a Secret key this test knows").containsKey(key);
    try {
      return Files.writeString(secrets.resolve(key), SECRET.get(key) + "\n").toString();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
