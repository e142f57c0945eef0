package dev.responder.sandbox;

import dev.responder.sandbox.kubernetes.CrmNamespace;
import dev.responder.sandbox.kubernetes.PodLogSource;
import dev.responder.sandbox.kubernetes.PodLogsDispatcher;
import dev.responder.sandbox.support.Stopwatch;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.net.InetAddress;
import java.util.HashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kubernetes API on loopback: fabric8's mock server in CRUD mode (no kube-apiserver can run
 * here), seeded with the CRM namespace. It stores what clients write but runs no controllers:
 * scaling a Deployment creates no pods, and strategic merge patches are refused (use JSON merge
 * patch). Pod logs come from a {@link PodLogSource} (empty until a simulator supplies them).
 */
public final class KubernetesApi implements SandboxComponent {

  private static final Logger LOGGER = LoggerFactory.getLogger(KubernetesApi.class);

  private final KubernetesMockServer server;
  private final PodLogsDispatcher dispatcher;
  private final KubernetesClient client;

  private KubernetesApi(KubernetesMockServer server, PodLogsDispatcher dispatcher) {
    this.server = server;
    this.dispatcher = dispatcher;
    this.client = server.createClient();
  }

  static KubernetesApi startNew() {
    Stopwatch stopwatch = Stopwatch.start();
    PodLogsDispatcher dispatcher = new PodLogsDispatcher();
    KubernetesMockServer server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), dispatcher, false);
    server.init(InetAddress.getLoopbackAddress(), 0);
    KubernetesApi api = new KubernetesApi(server, dispatcher);
    CrmNamespace.seed(api.client);
    LOGGER.info(
        "Kubernetes API (fabric8 mock, CRUD) ready at {} in {}", api.url(), stopwatch.elapsed());
    return api;
  }

  /** A client of this API server (shared; do not close it). */
  public KubernetesClient client() {
    return client;
  }

  /** The API server's URL, e.g. {@code http://127.0.0.1:40123/}. */
  public String url() {
    return client.getMasterUrl().toString();
  }

  /** Answers pod log reads from {@code source} from now on ({@link PodLogSource#EMPTY} to stop). */
  public void serveLogsFrom(PodLogSource source) {
    dispatcher.serveLogsFrom(source);
  }

  /** Forgets everything clients wrote and seeds the initial CRM namespace again. */
  public synchronized void reset() {
    server.reset();
    CrmNamespace.seed(client);
  }

  @Override
  public synchronized void close() {
    client.close();
    server.destroy();
  }
}
