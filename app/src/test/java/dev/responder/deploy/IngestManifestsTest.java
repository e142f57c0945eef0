package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.deploy.CertManagerResources.Certificate;
import dev.responder.ingest.IngestConfig;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest's manifests fit together and fit ingest: its receivers are served over TLS from the key
 * store cert-manager writes for the shipped Certificate, probes and scrapes reach the plain
 * operations port, each sender's tokens come from its own Secret, and the environment is one
 * ingest's config accepts.
 */
class IngestManifestsTest {

  private static final Deployment DEPLOYMENT =
      (Deployment)
          TypedObjects.parse(
              DeployFiles.document(
                  DeployFiles.deploy("base/040-Deployment-responder-ingest.yaml")));
  private static final Service SERVICE =
      (Service)
          TypedObjects.parse(
              DeployFiles.document(DeployFiles.deploy("base/030-Service-responder-ingest.yaml")));
  private static final Certificate CERTIFICATE =
      (Certificate)
          TypedObjects.parse(
              DeployFiles.document(
                  DeployFiles.deploy("base/025-Certificate-responder-ingest.yaml")));

  @TempDir Path mounted;

  private static PodSpec pod() {
    return DEPLOYMENT.getSpec().getTemplate().getSpec();
  }

  private static Container container() {
    return pod().getContainers().get(0);
  }

  private static String env(String name) {
    return container().getEnv().stream()
        .filter(variable -> variable.getName().equals(name))
        .map(EnvVar::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name));
  }

  /** The Secret mounted where {@code file} lies. */
  private static String secretHolding(String file) {
    VolumeMount mount =
        container().getVolumeMounts().stream()
            .filter(m -> file.startsWith(m.getMountPath() + "/"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no mount holds " + file));
    return pod().getVolumes().stream()
        .filter(volume -> volume.getName().equals(mount.getName()))
        .map(Volume::getSecret)
        .findFirst()
        .orElseThrow()
        .getSecretName();
  }

  @Test
  void shouldServeTheReceiversWithTheKeyStoreCertManagerWritesForTheCertificate() {
    String keyStore = env(IngestConfig.TLS_KEYSTORE_FILE);
    String password = env(IngestConfig.TLS_KEYSTORE_PASSWORD + "_FILE");
    var pkcs12 = CERTIFICATE.getSpec().getKeystores().getPkcs12();

    assertThat(pkcs12.isCreate()).isTrue();
    assertThat(secretHolding(keyStore)).isEqualTo(CERTIFICATE.getSpec().getSecretName());
    // cert-manager names the key store file keystore.p12 in the Secret it writes.
    assertThat(Path.of(keyStore).getFileName()).hasToString("keystore.p12");
    assertThat(secretHolding(password)).isEqualTo(pkcs12.getPasswordSecretRef().getName());
    assertThat(Path.of(password).getFileName()).hasToString(pkcs12.getPasswordSecretRef().getKey());
    assertThat(CERTIFICATE.getSpec().getDnsNames())
        .contains(SERVICE.getMetadata().getName() + ".responder.svc");
  }

  @Test
  void shouldGiveEachSenderItsOwnSecretOfTokens() {
    String alertmanager = secretHolding(env(IngestConfig.TOKEN + "_FILE"));
    String events = secretHolding(env(IngestConfig.EVENTS_TOKEN + "_FILE"));

    assertThat(alertmanager).isEqualTo("responder-ingest-credentials");
    assertThat(events).isEqualTo("responder-ingest-events-credentials");
  }

  @Test
  void shouldReceiveOverHttpsAndProbeAndScrapeThePlainOperationsPort() throws IOException {
    IngestConfig config = IngestConfig.fromMap(standIns());
    Map<String, Integer> containerPorts = new HashMap<>();
    container().getPorts().forEach(p -> containerPorts.put(p.getName(), p.getContainerPort()));
    Map<String, ServicePort> servicePorts = new HashMap<>();
    SERVICE.getSpec().getPorts().forEach(p -> servicePorts.put(p.getName(), p));

    assertThat(config.tls()).isNotNull();
    assertThat(containerPorts.get("https")).isEqualTo(config.port());
    assertThat(containerPorts.get("http")).isEqualTo(config.operationsPort());
    assertThat(container().getReadinessProbe().getHttpGet().getPort().getStrVal())
        .isEqualTo("http");
    assertThat(container().getLivenessProbe().getHttpGet().getPort().getStrVal()).isEqualTo("http");
    assertThat(servicePorts.get("https").getTargetPort().getStrVal()).isEqualTo("https");
    // The ServiceMonitor scrapes the port named http of every Responder Service.
    assertThat(servicePorts.get("http").getTargetPort().getStrVal()).isEqualTo("http");
    assertThat(config.alertmanager().tokens()).hasSize(2);
    assertThat(config.events().tokens()).hasSize(1);
  }

  /**
   * The environment with each mounted Secret stood in by local files, two Alertmanager tokens, and
   * the Kafka user's password and cluster CA.
   */
  private Map<String, String> standIns() throws IOException {
    Map<String, String> values = new HashMap<>();
    for (EnvVar variable : container().getEnv()) {
      values.put(variable.getName(), variable.getValue());
    }
    Path alertmanager = Files.createDirectories(mounted.resolve("alertmanager"));
    Files.writeString(alertmanager.resolve("token"), "am-current\n");
    Files.writeString(alertmanager.resolve("token-next"), "am-next\n");
    Path events = Files.createDirectories(mounted.resolve("events"));
    Files.writeString(events.resolve("token"), "crm-current\n");
    Path password = Files.writeString(mounted.resolve("password"), "store-pass\n");
    values.put(IngestConfig.TOKEN + "_FILE", alertmanager + "/");
    values.put(IngestConfig.EVENTS_TOKEN + "_FILE", events + "/");
    values.put(IngestConfig.TLS_KEYSTORE_PASSWORD + "_FILE", password.toString());
    Path kafkaPassword = Files.writeString(mounted.resolve("kafka-password"), "scram-secret\n");
    Path kafkaCa = Files.writeString(mounted.resolve("ca.crt"), "-----BEGIN CERTIFICATE-----\n");
    values.put(KafkaClientSecurity.PASSWORD + "_FILE", kafkaPassword.toString());
    values.put(KafkaClientSecurity.CA_FILE, kafkaCa.toString());
    return values;
  }

  static List<EnvVar> environment() {
    return container().getEnv();
  }
}
