package dev.responder.app.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.app.Main;
import dev.responder.ingest.IngestConfig;
import dev.responder.ingest.IngestService;
import dev.responder.sandbox.KafkaBroker;
import dev.responder.sandbox.junit.SandboxExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import picocli.CommandLine;

/**
 * {@code responder dead-letters} shows what ingest kept instead of dropping: posted through the
 * real ingest onto the real broker, a bad alert is listed with its source, reason, JSON pointer and
 * bytes, and what its sender wrote cannot break the terminal's lines.
 */
@ExtendWith(SandboxExtension.class)
class DeadLettersCommandIT {

  private static final String TOKEN = "dead-letters-token";

  @Test
  void shouldListTheDeadLettersOfIngestWithReasonAndPointer(KafkaBroker kafka) throws Exception {
    String requestId = "dl-" + UUID.randomUUID();
    // JSON allows raw newlines between tokens: they must not start a line of their own.
    String bad =
        "{\"status\":\"firing\",\n\r\"labels\":{\"alertname\":\"A\"},"
            + "\"startsAt\":\"soon\",\"fingerprint\":\"f\"}";
    String good = bad.replace("soon", "2026-11-27T05:08:37Z").replace("\n\r", "");
    String webhook =
        "{\"version\":\"4\",\"receiver\":\"r\",\"groupKey\":\"g\",\"alerts\":["
            + good
            + ","
            + bad
            + "]}";
    try (IngestService ingest =
        IngestService.start(
            IngestConfig.fromMap(
                Map.of(
                    IngestConfig.HOST,
                    "127.0.0.1",
                    IngestConfig.PORT,
                    "0",
                    IngestConfig.BOOTSTRAP,
                    kafka.bootstrapServers(),
                    IngestConfig.TOKEN,
                    TOKEN)))) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(ingest.uri().resolve("/v1/alertmanager"))
                      .header("Authorization", "Bearer " + TOKEN)
                      .header("Content-Type", "application/json")
                      .header("X-Request-Id", requestId)
                      .POST(HttpRequest.BodyPublishers.ofString(webhook))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    }

    JsonNode letter =
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> find(kafka, requestId), found -> found != null);
    assertThat(letter.path("source").asText()).isEqualTo("ingest/alertmanager");
    assertThat(letter.path("reason").asText()).isEqualTo("invalid_timestamp");
    assertThat(letter.path("pointer").asText()).isEqualTo("/alerts/1/startsAt");
    assertThat(letter.path("value").asText()).isEqualTo(bad);

    StringWriter text = new StringWriter();
    assertThat(run(text, "dead-letters", "--bootstrap", kafka.bootstrapServers())).isZero();
    String line =
        text.toString().lines().filter(l -> l.contains(requestId)).findFirst().orElseThrow();
    assertThat(line).contains("ingest/alertmanager", "invalid_timestamp", "/alerts/1/startsAt");
    assertThat(text.toString()).contains("\"firing\",\\u000a\\u000d\"labels\"");
  }

  private static JsonNode find(KafkaBroker kafka, String requestId) throws Exception {
    StringWriter out = new StringWriter();
    run(out, "dead-letters", "--json", "--bootstrap", kafka.bootstrapServers());
    JsonNode all = new ObjectMapper().readTree(out.toString());
    return StreamSupport.stream(all.spliterator(), false)
        .filter(l -> requestId.equals(l.path("requestId").asText()))
        .findFirst()
        .orElse(null);
  }

  private static int run(StringWriter out, String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
    return commandLine.execute(args);
  }
}
