package dev.responder.sandbox.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The HTTP side every loopback provider shares: a server on 127.0.0.1 and a free port, the body
 * read as JSON (at most 512 KiB, PagerDuty's limit), faults queued by a test answered first, and
 * every request recorded with the status it got. Subclasses check the request and answer.
 */
public abstract class LoopbackProvider implements AutoCloseable {

  /** A request as a provider sees it, before it is answered. */
  protected record Request(
      String method, String path, String query, Map<String, String> headers, String rawBody) {

    public String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  protected static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_BODY = 512 * 1024;

  private final HttpServer server;
  private final Clock clock;
  private final Deque<Answer> faults = new ArrayDeque<>();
  private final List<Received> received = new ArrayList<>();

  protected LoopbackProvider(Clock clock) {
    this.clock = clock;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::exchange);
    server.start();
  }

  /** {@code http://127.0.0.1:PORT}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** The next requests get these answers, in order, whatever they are. */
  public synchronized void failNext(Answer... answers) {
    faults.addAll(List.of(answers));
  }

  /** Every request, oldest first. */
  public synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /** The requests that were answered with {@code status}. */
  public List<Received> answered(int status) {
    return received().stream().filter(r -> r.status() == status).toList();
  }

  /** The requests that were taken (2xx). */
  public List<Received> accepted() {
    return received().stream().filter(r -> r.status() / 100 == 2).toList();
  }

  public List<Received> accepted(Predicate<Received> which) {
    return accepted().stream().filter(which).toList();
  }

  /** Checks and answers a request that was not failed on purpose. */
  protected abstract Answer answer(Request request, JsonNode body);

  private void exchange(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] raw;
      try (InputStream in = exchange.getRequestBody()) {
        raw = in.readNBytes(MAX_BODY + 1);
      }
      Map<String, String> headers = new LinkedHashMap<>();
      exchange
          .getRequestHeaders()
          .forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
      Request request =
          new Request(
              exchange.getRequestMethod(),
              exchange.getRequestURI().getPath(),
              exchange.getRequestURI().getRawQuery(),
              headers,
              new String(raw, StandardCharsets.UTF_8));
      JsonNode body = parse(request.rawBody());
      Answer answer;
      synchronized (this) {
        answer = faults.pollFirst();
      }
      if (answer == null) {
        answer =
            raw.length > MAX_BODY
                ? Answer.of(413, "{\"message\":\"Request too large\"}")
                : answer(request, body);
      }
      synchronized (this) {
        received.add(
            new Received(
                clock.instant(), request.method(), request.path(), headers, body, answer.status()));
      }
      byte[] out = answer.body().getBytes(StandardCharsets.UTF_8);
      answer.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      exchange
          .getResponseHeaders()
          .add(
              "Content-Type",
              answer.body().startsWith("{") ? "application/json" : "text/plain; charset=utf-8");
      exchange.sendResponseHeaders(answer.status(), out.length == 0 ? -1 : out.length);
      if (out.length > 0) {
        exchange.getResponseBody().write(out);
      }
    }
  }

  /**
   * The body as JSON, or null when it is not JSON (the subclass refuses it as the provider would).
   */
  private static JsonNode parse(String raw) {
    try {
      return raw.isBlank() ? null : JSON.readTree(raw);
    } catch (IOException e) {
      return null;
    }
  }

  protected static boolean isJson(Request request) {
    String type = request.header("Content-Type");
    return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/json");
  }

  protected static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
