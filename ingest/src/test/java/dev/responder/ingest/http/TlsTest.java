package dev.responder.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest serves HTTPS from a PKCS12 key store (as cert-manager writes one into a Secret): a client
 * that trusts the certificate completes a real TLS handshake and posts; one that does not is
 * refused in the handshake, before any credential or alert crosses the wire.
 */
class TlsTest {

  private static final String PASSWORD = "changeit-for-tests";

  @TempDir static Path dir;

  private static Path keyStore;
  private static TestServer server;

  @BeforeAll
  static void startHttpsServer() throws Exception {
    keyStore = dir.resolve("keystore.p12");
    runKeytool(keyStore);
    server =
        new TestServer(
            new IngestHttpServer.Listen(
                "127.0.0.1",
                0,
                ServerLimits.DEFAULTS,
                new TlsSettings(keyStore, PASSWORD, "PKCS12"),
                0),
            HttpClient.newBuilder().sslContext(trusting(keyStore)).build());
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void shouldAcceptAWebhookOverHttpsFromAClientThatTrustsTheCertificate() throws Exception {
    HttpResponse<String> response =
        server.post(
            "/v1/alertmanager",
            BadInputTest.json(),
            BadInputTest.utf8(
                BadInputTest.webhook(
                    "{\"status\":\"firing\",\"labels\":{\"alertname\":\"A\"},"
                        + "\"startsAt\":\"2026-11-27T05:08:37Z\",\"fingerprint\":\"f1\"}")));

    assertThat(server.uri().getScheme()).isEqualTo("https");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.sslSession()).isPresent();
    assertThat(response.sslSession().get().getProtocol()).startsWith("TLSv1.");
  }

  @Test
  void shouldFailTheHandshakeOfAClientThatDoesNotTrustTheCertificate() {
    HttpClient stranger = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    assertThatThrownBy(
            () ->
                stranger.send(
                    HttpRequest.newBuilder(server.uri().resolve("/livez")).build(),
                    HttpResponse.BodyHandlers.discarding()))
        .isInstanceOf(SSLHandshakeException.class);
  }

  @Test
  void shouldServeProbesAndMetricsButNoReceiverOnThePlainOperationsPort() throws Exception {
    URI operations = server.operationsUri().orElseThrow();
    HttpClient plain = HttpClient.newHttpClient();

    HttpResponse<Void> readyz =
        plain.send(
            HttpRequest.newBuilder(operations.resolve("/readyz")).build(),
            HttpResponse.BodyHandlers.discarding());
    HttpResponse<Void> webhook =
        plain.send(
            HttpRequest.newBuilder(operations.resolve("/v1/alertmanager"))
                .header("Authorization", BadInputTest.bearer())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.discarding());

    assertThat(operations.getScheme()).isEqualTo("http");
    assertThat(readyz.statusCode()).isEqualTo(200);
    assertThat(webhook.statusCode()).isEqualTo(404);
    assertThat(server.publisher.published).isEmpty();
  }

  private static SSLContext trusting(Path keyStore) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, PASSWORD.toCharArray());
    }
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, trust.getTrustManagers(), null);
    return context;
  }

  /** The JDK's own keytool makes a self-signed key pair for 127.0.0.1, as a CA would sign one. */
  private static void runKeytool(Path keyStore) throws Exception {
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-alias",
                    "ingest",
                    "-keyalg",
                    "EC",
                    "-groupname",
                    "secp256r1",
                    "-dname",
                    "CN=responder-ingest",
                    "-ext",
                    "SAN=ip:127.0.0.1,dns:localhost",
                    "-validity",
                    "2",
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    keyStore.toString(),
                    "-storepass",
                    PASSWORD,
                    "-keypass",
                    PASSWORD))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    assertThat(process.waitFor()).as(output).isZero();
  }
}
