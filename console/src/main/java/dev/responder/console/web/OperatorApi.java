package dev.responder.console.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The operator API as the console calls it: JSON over HTTP with the signed-in person's credentials.
 * Every change the console offers is one of these calls; the API authorises it, records the author
 * and answers 202 once the command is durable, or a refusal with {@code reason} and {@code
 * message}.
 */
public final class OperatorApi {

  private final URI base;
  private final HttpClient http;

  public OperatorApi(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
  }

  /** Who these credentials belong to, or empty when the API refuses them. */
  public Optional<Operator> whoami(String user, String password) {
    String authorization = Operator.basic(user, password);
    ApiAnswer answer = get(authorization, "/v1/whoami");
    if (!answer.ok()) {
      return Optional.empty();
    }
    return Optional.of(
        new Operator(
            answer.body().path("user").asText(user),
            answer.body().path("role").asText("viewer"),
            authorization));
  }

  public ApiAnswer get(Operator operator, String path) {
    return get(operator.authorization(), path);
  }

  public ApiAnswer post(Operator operator, String path, JsonNode body) {
    return send(
        operator.authorization(),
        path,
        "POST",
        HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
  }

  public ApiAnswer delete(Operator operator, String path) {
    return send(operator.authorization(), path, "DELETE", HttpRequest.BodyPublishers.noBody());
  }

  /** A path segment, percent-encoded. */
  public static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /**
   * An action key as a path: each of its '/'-separated parts percent-encoded, the slashes kept,
   * since the API's approval routes take the key's whole path (an encoded slash is refused as an
   * ambiguous path by Jetty).
   */
  public static String keyPath(String key) {
    return java.util.Arrays.stream(key.split("/", -1))
        .map(OperatorApi::segment)
        .collect(java.util.stream.Collectors.joining("/"));
  }

  private ApiAnswer get(String authorization, String path) {
    return send(authorization, path, "GET", HttpRequest.BodyPublishers.noBody());
  }

  private ApiAnswer send(
      String authorization, String path, String method, HttpRequest.BodyPublisher body) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(10))
            .header("Authorization", authorization)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .method(method, body)
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new ApiAnswer(response.statusCode(), parse(response.body()));
    } catch (IOException e) {
      return ApiAnswer.unreachable(e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ApiAnswer.unreachable("interrupted");
    }
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return ConsoleJson.MAPPER.readTree(body);
    } catch (IOException e) {
      return ConsoleJson.MAPPER
          .createObjectNode()
          .put("reason", "NOT_JSON")
          .put("message", "the operator API answered something other than JSON");
    }
  }
}
