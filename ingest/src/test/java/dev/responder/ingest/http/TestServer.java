package dev.responder.ingest.http;

import dev.responder.ingest.metrics.IngestMetrics;
import dev.responder.ingest.payload.AlertmanagerWebhookParser;
import dev.responder.ingest.payload.CrmEventParser;
import dev.responder.ingest.payload.PayloadLimits;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A receiver on a loopback port with small limits and a recording publisher. */
final class TestServer implements AutoCloseable {

  static final String TOKEN = "s3cret-token";
  static final String EVENTS_TOKEN = "crm-events-token";
  static final int MAX_BODY_BYTES = 4096;
  static final PayloadLimits LIMITS = new PayloadLimits(3, 4, 32, 1024);

  final RecordingPublisher publisher = new RecordingPublisher();
  final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final IngestHttpServer server;
  private final HttpClient client;

  TestServer() throws Exception {
    this(IngestHttpServer.Listen.plain("127.0.0.1", 0), HttpClient.newHttpClient());
  }

  /** A server listening as {@code listen} says, and the client to talk to it. */
  TestServer(IngestHttpServer.Listen listen, HttpClient client) throws Exception {
    this.client = client;
    ReceiverSettings settings =
        new ReceiverSettings(
            new Authenticator(
                Map.of(
                    IngestHttpServer.ALERTMANAGER,
                    new Authenticator.Credentials(List.of(TOKEN), "alertmanager", "pa55"),
                    IngestHttpServer.EVENTS,
                    Authenticator.Credentials.tokens(EVENTS_TOKEN, "crm-events-token-next")),
                false),
            publisher,
            new IngestMetrics(registry),
            MAX_BODY_BYTES,
            Duration.ofSeconds(7),
            Clock.systemUTC(),
            Duration.ofSeconds(5));
    IngestHttpServer.Routes routes =
        new IngestHttpServer.Routes(
            new AlertmanagerWebhookParser(LIMITS),
            new CrmEventParser(LIMITS),
            settings,
            () -> true,
            registry);
    server = IngestHttpServer.start(listen, routes, Duration.ofMillis(100));
  }

  HttpResponse<String> post(String path, Map<String, String> headers, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri().resolve(path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    headers.forEach(request::header);
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(server.uri().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  URI uri() {
    return server.uri();
  }

  java.util.Optional<URI> operationsUri() {
    return server.operationsUri();
  }

  @Override
  public void close() {
    server.close();
  }
}
