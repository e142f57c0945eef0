package dev.responder.app.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Local mode started in-process on a scratch repository root, used, and stopped. */
class LocalStackIT {

  /** The real Alertmanager 0.25 payload the ingest module's tests use too. */
  private static final Path WEBHOOK =
      Path.of("..", "ingest", "src", "test", "resources", "alertmanager-0.25-webhook.json");

  @TempDir Path root;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void shouldPublishTheEndpointsServeIngestAndLeaveNothingBehind() throws Exception {
    // given
    Files.createDirectories(root.resolve("runbooks"));
    Files.copy(Path.of("..", "runbooks", "crm.yaml"), root.resolve("runbooks").resolve("crm.yaml"));
    LocalDirectory directory = new LocalDirectory(root);
    LocalDirectory.Lock lock = directory.tryLock().orElseThrow();
    LocalOptions options = new LocalOptions(root, root.resolve("runbooks/crm.yaml"), 0);
    // when
    LocalStack stack = LocalStack.start(options, directory, LocalServices.ALL);
    Endpoints endpoints;
    try {
      // then the endpoints are published with exactly the documented keys
      var json = new ObjectMapper().readTree(directory.endpointsFile().toFile());
      List<String> keys = new ArrayList<>();
      json.fieldNames().forEachRemaining(keys::add);
      assertThat(keys)
          .containsExactly(
              "ingest",
              "ingestToken",
              "eventsToken",
              "console",
              "web",
              "kafka",
              "jdbc",
              "redis",
              "kubernetes",
              "pid");
      endpoints = Endpoints.fromJson(Files.readString(directory.endpointsFile()));
      assertThat(endpoints.pid()).isEqualTo(ProcessHandle.current().pid());
      assertThat(endpoints.jdbc()).contains("/crm").contains("user=").contains("password=");
      assertThat(endpoints.redis()).startsWith("redis://127.0.0.1:");
      assertThat(directory.catalogFile())
          .content()
          .contains(stack.simulator().backendHealthUrl().toString());

      // and the operator API is the console, its users file holding hashes, not the tokens
      assertThat(endpoints.console()).startsWith("http://127.0.0.1:");
      String carolToken = Files.readString(directory.operatorTokenFile("carol")).strip();
      assertThat(directory.operatorUsersFile())
          .content()
          .doesNotContain(carolToken)
          .contains("sha256:");
      assertThat(status(URI.create(endpoints.console() + "/livez"))).isEqualTo(200);

      // and ingest takes an Alertmanager webhook with the token, and refuses one without
      assertThat(postWebhook(endpoints, endpoints.ingestToken())).isEqualTo(200);
      assertThat(postWebhook(endpoints, "wrong-token")).isEqualTo(401);
      // and the CRM application's token is refused on Alertmanager's endpoint
      assertThat(postWebhook(endpoints, endpoints.eventsToken())).isEqualTo(403);

      // and every service reports ready
      for (LocalService service : stack.services()) {
        URI readyz = URI.create(service.uri().orElseThrow() + "/readyz");
        await()
            .atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(status(readyz)).as(service.name()).isEqualTo(200));
      }
      assertThat(stack.services())
          .extracting(LocalService::name)
          .containsExactly("ingest", "correlator", "remediator", "operator", "web");

      // and a second 'local' on the same repository says so and exits non-zero
      StringWriter err = new StringWriter();
      int exit =
          new CommandLine(new LocalCommand())
              .setErr(new PrintWriter(err, true))
              .execute("--root", root.toString());
      assertThat(exit).isEqualTo(LocalCommand.ALREADY_RUNNING);
      assertThat(err.toString())
          .contains("already running (pid " + endpoints.pid())
          .contains("answering")
          .contains("kill -TERM " + endpoints.pid());
    } finally {
      stack.close();
      lock.close();
    }

    // then everything is stopped and removed
    assertThat(root.resolve(".responder")).doesNotExist();
    assertThat(listening(URI.create(endpoints.ingest()))).isFalse();
    assertThat(listening(URI.create("http://" + endpoints.kafka()))).isFalse();
    assertThat(listening(URI.create(endpoints.redis()))).isFalse();
    assertThat(listening(URI.create(endpoints.kubernetes()))).isFalse();
    assertThatThrownBy(() -> postWebhook(endpoints, endpoints.ingestToken()))
        .isInstanceOf(IOException.class);
  }

  private int postWebhook(Endpoints endpoints, String token) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(endpoints.ingest() + "/v1/alertmanager"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofFile(WEBHOOK))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int status(URI uri) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static boolean listening(URI uri) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
