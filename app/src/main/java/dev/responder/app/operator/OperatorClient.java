package dev.responder.app.operator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/**
 * Calls the operator API with a bearer token and JSON: the one HTTP path the CLI, the demo and
 * tests use. Path segments are sent as given (action keys keep their slashes); other reserved
 * characters are percent-encoded.
 */
public final class OperatorClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String token;

  public OperatorClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  /** The API's answer: its status and JSON body. */
  public record Reply(int status, JsonNode body) {

    public boolean accepted() {
      return status / 100 == 2;
    }

    /** {@code reason: message} of a refusal. */
    public String problem() {
      return body.path("reason").asText("http_" + status) + ": " + body.path("message").asText("");
    }
  }

  public Reply get(String path) throws IOException, InterruptedException {
    return send("GET", path, null);
  }

  public Reply post(String path, Map<String, ?> body) throws IOException, InterruptedException {
    return send("POST", path, body);
  }

  public Reply delete(String path) throws IOException, InterruptedException {
    return send("DELETE", path, null);
  }

  private Reply send(String method, String path, Map<String, ?> body)
      throws IOException, InterruptedException {
    HttpRequest.BodyPublisher publisher =
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body));
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString().replaceAll("/+$", "") + encode(path)))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build();
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    JsonNode json;
    try {
      json = JSON.readTree(response.body());
    } catch (IOException e) {
      json =
          JSON.createObjectNode()
              .put("message", new String(response.body(), StandardCharsets.UTF_8));
    }
    return new Reply(response.statusCode(), json == null ? JSON.createObjectNode() : json);
  }

  /** Percent-encodes what a path may not hold as is, keeping '/', '?', '=' and '&'. */
  static String encode(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if (Character.isLetterOrDigit(c) && c < 128 || "/-._~?=&:".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
