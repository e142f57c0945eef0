package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.kubernetes.Fabric8KubernetesCluster;
import dev.responder.remediator.port.KubernetesCluster;
import dev.responder.sandbox.kubernetes.CrmNamespace;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import dev.responder.schemas.catalog.operation.TargetKind;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.Role;
import io.fabric8.kubernetes.api.model.rbac.RoleBinding;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The remediator's Role grants exactly what its Kubernetes adapter uses. The permissions are not
 * written down here: every operation of {@link Fabric8KubernetesCluster} runs against fabric8's
 * mock API server (CRUD mode, seeded with the CRM namespace), each request it serves is recorded,
 * and each is turned into the RBAC verb and resource the API server would authorize.
 */
class RemediatorRbacIT {

  private static final String NAMESPACE = CrmNamespace.NAMESPACE;

  private static KubernetesMockServer server;
  private static List<ApiPermission> used;

  private static final Role ROLE =
      (Role)
          TypedObjects.parse(
              DeployFiles.document(DeployFiles.deploy("base/020-Role-responder-remediator.yaml")));

  @BeforeAll
  static void recordWhatTheAdapterCalls() throws InterruptedException {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    KubernetesClient client = server.createClient();
    CrmNamespace.seed(client);
    drain();

    KubernetesCluster cluster = new Fabric8KubernetesCluster(client);
    for (String deployment : catalogDeployments()) {
      cluster.pods(NAMESPACE, Optional.of(deployment));
      cluster.logs(NAMESPACE, deployment, Optional.empty(), 10, Optional.of("processed"));
      cluster.top(NAMESPACE, Optional.of(deployment));
      cluster.rolloutRestart(NAMESPACE, deployment, "INC-1/rbac/" + deployment, Instant.EPOCH);
      cluster.restartApplied(NAMESPACE, deployment, "INC-1/rbac/" + deployment);
      cluster.scale(NAMESPACE, deployment, 3);
      cluster.scaledTo(NAMESPACE, deployment, 3);
    }
    cluster.pods(NAMESPACE, Optional.empty());
    cluster.events(NAMESPACE, 20);
    cluster.top(NAMESPACE, Optional.empty());
    used = drain().stream().map(r -> ApiPermission.of(r.getMethod(), r.getPath())).toList();
  }

  private static List<RecordedRequest> drain() throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (RecordedRequest r = server.takeRequest(100, TimeUnit.MILLISECONDS);
        r != null;
        r = server.takeRequest(100, TimeUnit.MILLISECONDS)) {
      requests.add(r);
    }
    return requests;
  }

  private static List<String> catalogDeployments() {
    var loaded =
        (LoadResult.Loaded) CatalogLoader.load(DeployFiles.root().resolve("runbooks/crm.yaml"));
    return loaded.catalog().allowlists().of(TargetKind.DEPLOYMENT);
  }

  @AfterAll
  static void stop() {
    server.destroy();
  }

  @Test
  void shouldGrantEveryRequestTheAdapterMakes() {
    assertThat(used).isNotEmpty();
    for (ApiPermission permission : used) {
      assertThat(ROLE.getRules())
          .as("%s %s", permission.triple(), permission.name().orElse("(collection)"))
          .anyMatch(permission::grantedBy);
    }
  }

  @Test
  void shouldGrantNothingTheAdapterDoesNotUse() {
    List<String> granted =
        ROLE.getRules().stream().flatMap(r -> ApiPermission.grants(r).stream()).toList();

    assertThat(granted)
        .containsExactlyInAnyOrderElementsOf(
            used.stream().map(ApiPermission::triple).distinct().toList());
  }

  @Test
  void shouldLimitDeploymentChangesToTheCatalogsDeployments() {
    for (PolicyRule rule : ROLE.getRules()) {
      if (rule.getResources().stream().anyMatch(r -> r.startsWith("deployments"))) {
        assertThat(rule.getResourceNames())
            .containsExactlyInAnyOrderElementsOf(catalogDeployments());
      }
    }
  }

  @Test
  void shouldWorkOnlyInTheCrmNamespaceAndBindOnlyTheRemediator() {
    RoleBinding binding =
        (RoleBinding)
            TypedObjects.parse(
                DeployFiles.document(
                    DeployFiles.deploy("base/021-RoleBinding-responder-remediator.yaml")));

    assertThat(used).extracting(ApiPermission::namespace).containsOnly(NAMESPACE);
    assertThat(ROLE.getMetadata().getNamespace()).isEqualTo(NAMESPACE);
    assertThat(binding.getMetadata().getNamespace()).isEqualTo(NAMESPACE);
    assertThat(binding.getRoleRef().getName()).isEqualTo(ROLE.getMetadata().getName());
    assertThat(binding.getSubjects())
        .singleElement()
        .satisfies(
            subject -> {
              assertThat(subject.getKind()).isEqualTo("ServiceAccount");
              assertThat(subject.getName()).isEqualTo("responder-remediator");
              assertThat(subject.getNamespace()).isEqualTo("responder");
            });
  }
}
