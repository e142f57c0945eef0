package dev.responder.app.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a running local stack can be reached, written to {@code .responder/local/endpoints.json}
 * for {@code kcat}, {@code psql}, {@code redis-cli}, {@code kubectl} users and for {@code demo}.
 *
 * @param ingest ingest's base URL
 * @param ingestToken the bearer token ingest requires of Alertmanager ({@code /v1/alertmanager})
 * @param eventsToken the bearer token ingest requires of the CRM application ({@code /v1/events}),
 *     null from a stack started before senders had their own
 * @param console the console's base URL, or null while local mode runs no console
 * @param web the web console's and public status page's base URL ({@code /console}, {@code
 *     /status}), or null when the stack runs none
 * @param kafka bootstrap servers
 * @param jdbc the CRM database's JDBC URL, with user and password
 * @param redis a {@code redis://} URL
 * @param kubernetes the Kubernetes API's base URL
 * @param pid the process to signal to stop the stack
 */
public record Endpoints(
    String ingest,
    String ingestToken,
    String eventsToken,
    String console,
    String web,
    String kafka,
    String jdbc,
    String redis,
    String kubernetes,
    long pid) {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** The JSON object with exactly the documented keys, {@code console} null until it exists. */
  public String toJson() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("ingest", ingest);
    fields.put("ingestToken", ingestToken);
    fields.put("eventsToken", eventsToken);
    fields.put("console", console);
    fields.put("web", web);
    fields.put("kafka", kafka);
    fields.put("jdbc", jdbc);
    fields.put("redis", redis);
    fields.put("kubernetes", kubernetes);
    fields.put("pid", pid);
    try {
      return JSON.writeValueAsString(fields) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings is always JSON", e);
    }
  }

  /** Reads an {@code endpoints.json}; absent keys are null (pid 0). */
  public static Endpoints fromJson(String json) throws JsonProcessingException {
    var tree = JSON.readTree(json);
    return new Endpoints(
        text(tree, "ingest"),
        text(tree, "ingestToken"),
        text(tree, "eventsToken"),
        text(tree, "console"),
        text(tree, "web"),
        text(tree, "kafka"),
        text(tree, "jdbc"),
        text(tree, "redis"),
        text(tree, "kubernetes"),
        tree.path("pid").asLong(0));
  }

  private static String text(com.fasterxml.jackson.databind.JsonNode tree, String key) {
    var node = tree.get(key);
    return node == null || node.isNull() ? null : node.asText();
  }

  /** Whether ingest answers {@code GET /livez} with 200 within about two seconds. */
  public boolean ingestAnswers() {
    if (ingest == null) {
      return false;
    }
    try {
      HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
      HttpResponse<Void> response =
          client.send(
              HttpRequest.newBuilder(URI.create(ingest + "/livez"))
                  .timeout(Duration.ofSeconds(2))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return response.statusCode() == 200;
    } catch (java.io.IOException | IllegalArgumentException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
