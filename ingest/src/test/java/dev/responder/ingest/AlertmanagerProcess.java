package dev.responder.ingest;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real Prometheus Alertmanager as a child process on loopback, without clustering, whose one
 * webhook receiver posts to ingest with a bearer token read from a file, as in production.
 */
final class AlertmanagerProcess implements AutoCloseable {

  private final Process process;
  private final URI uri;
  private final Path log;
  private final HttpClient client = HttpClient.newHttpClient();

  private AlertmanagerProcess(Process process, URI uri, Path log) {
    this.process = process;
    this.uri = uri;
    this.log = log;
  }

  /** The Debian package's binary, or an {@code alertmanager} on the PATH; empty when neither. */
  static Optional<Path> binary() {
    Path debian = Path.of("/usr/bin/prometheus-alertmanager");
    if (Files.isExecutable(debian)) {
      return Optional.of(debian);
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .map(dir -> Path.of(dir, "alertmanager"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  static AlertmanagerProcess start(Path binary, Path workDir, URI webhook, Path tokenFile, int port)
      throws IOException {
    Path config = workDir.resolve("alertmanager.yml");
    Files.writeString(
        config,
        """
        route:
          receiver: ingest
          group_by: [alertname]
          group_wait: 1s
          group_interval: 1s
          repeat_interval: 1h
        receivers:
          - name: ingest
            webhook_configs:
              - url: %s
                send_resolved: true
                http_config:
                  authorization:
                    type: Bearer
                    credentials_file: %s
        """
            .formatted(webhook, tokenFile));
    URI uri = URI.create("http://127.0.0.1:" + port);
    Path log = workDir.resolve("alertmanager.log");
    Process process =
        new ProcessBuilder(
                List.of(
                    binary.toString(),
                    "--config.file=" + config,
                    "--storage.path=" + workDir.resolve("data"),
                    "--web.listen-address=127.0.0.1:" + port,
                    "--web.external-url=" + uri,
                    "--cluster.listen-address="))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    AlertmanagerProcess alertmanager = new AlertmanagerProcess(process, uri, log);
    await()
        .atMost(Duration.ofSeconds(20))
        .ignoreExceptions()
        .until(() -> alertmanager.get("/-/ready") == 200);
    return alertmanager;
  }

  URI uri() {
    return uri;
  }

  Path log() {
    return log;
  }

  /** Posts alerts through Alertmanager's own API, as Prometheus would. */
  int postAlerts(String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(uri.resolve("/api/v2/alerts"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private int get(String path) throws IOException, InterruptedException {
    return client
        .send(
            HttpRequest.newBuilder(uri.resolve(path)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(5, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
