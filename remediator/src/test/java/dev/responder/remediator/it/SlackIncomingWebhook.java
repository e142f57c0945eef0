package dev.responder.remediator.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback server standing in for a Slack incoming webhook, holding senders to Slack's request
 * format: {@code POST} of {@code application/json} whose body is an object with a non-empty string
 * {@code text} ({@code channel} and {@code username}, when present, strings). It answers {@code 200
 * ok} as Slack does, and otherwise {@code 400} with Slack's error words ({@code invalid_payload},
 * {@code no_text}), counting what it refused.
 */
public final class SlackIncomingWebhook implements AutoCloseable {

  /** A message Slack would have posted: its channel and text. */
  public record Message(String channel, String text, String component) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PATH = "/services/T0RESPOND/B0STORM/xoxTestSecret";

  private final HttpServer server;
  private final List<Message> messages = new CopyOnWriteArrayList<>();
  private final List<String> refused = new CopyOnWriteArrayList<>();

  public SlackIncomingWebhook() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(PATH, this::receive);
    server.start();
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + PATH);
  }

  public List<Message> messages() {
    return List.copyOf(messages);
  }

  /** The requests refused, with why: a sender in Slack's format leaves this empty. */
  public List<String> refused() {
    return List.copyOf(refused);
  }

  private void receive(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
      if (!exchange.getRequestMethod().equals("POST")) {
        answer(exchange, 405, "invalid_method", body);
        return;
      }
      if (contentType == null || !contentType.startsWith("application/json")) {
        answer(exchange, 400, "invalid_payload", body);
        return;
      }
      JsonNode json;
      try {
        json = JSON.readTree(body);
      } catch (IOException e) {
        answer(exchange, 400, "invalid_payload", body);
        return;
      }
      if (json == null
          || !json.isObject()
          || !optionalText(json, "channel")
          || !optionalText(json, "username")) {
        answer(exchange, 400, "invalid_payload", body);
        return;
      }
      JsonNode text = json.get("text");
      if (text == null || !text.isTextual() || text.asText().isBlank()) {
        answer(exchange, 400, "no_text", body);
        return;
      }
      messages.add(
          new Message(
              json.path("channel").asText(""), text.asText(), json.path("component").asText("")));
      answer(exchange, 200, "ok", body);
    }
  }

  private static boolean optionalText(JsonNode json, String field) {
    return !json.has(field) || json.get(field).isTextual();
  }

  private void answer(HttpExchange exchange, int status, String words, String body)
      throws IOException {
    if (status != 200) {
      refused.add(words + ": " + body);
    }
    byte[] bytes = words.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/html");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
