package dev.responder.operator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A person calling the operator API over real HTTP with a bearer token. */
final class ApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI base;
  private final String authorization;

  ApiClient(URI base, String authorization) {
    this.base = base;
    this.authorization = authorization;
  }

  static ApiClient bearer(URI base, String token) {
    return new ApiClient(base, "Bearer " + token);
  }

  record Reply(int status, JsonNode body) {
    String text(String field) {
      return body.path(field).asText(null);
    }
  }

  Reply get(String path) throws Exception {
    return send(builder(path).GET());
  }

  Reply post(String path, String json) throws Exception {
    return send(
        builder(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply delete(String path) throws Exception {
    return send(builder(path).DELETE());
  }

  private HttpRequest.Builder builder(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private Reply send(HttpRequest.Builder request) throws Exception {
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    JsonNode json =
        body.isEmpty() || !body.strip().startsWith("{")
            ? JSON.createObjectNode().put("text", body)
            : JSON.readTree(body);
    return new Reply(response.statusCode(), json);
  }
}
