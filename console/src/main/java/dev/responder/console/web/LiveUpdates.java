package dev.responder.console.web;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-sent events at {@code /events}: a {@code change} event whenever the projection has read
 * further (the sum of its partitions' positions moved), so open pages fetch themselves again; a
 * comment every 15 s keeps idle connections open. The event carries no data beyond that number, so
 * the stream is public like the status page. Only the timer thread writes to the streams.
 */
final class LiveUpdates implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(LiveUpdates.class);
  private static final int MAX_CLIENTS = 256;
  private static final Duration POLL = Duration.ofMillis(500);
  private static final int PING_EVERY = 30;

  private record Client(Response response, Callback done) {}

  private final Set<Client> clients = ConcurrentHashMap.newKeySet();
  private final LongSupplier version;
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "console-live-updates");
            thread.setDaemon(true);
            return thread;
          });
  private long last = Long.MIN_VALUE;
  private int ticks;

  /**
   * @param version a number that changes whenever what the pages show may have changed
   */
  LiveUpdates(LongSupplier version) {
    this.version = version;
    timer.scheduleWithFixedDelay(this::tick, 0, POLL.toMillis(), TimeUnit.MILLISECONDS);
  }

  void routes(Router router) {
    router.get("/events", this::subscribe);
  }

  private void subscribe(Exchange exchange) {
    if (clients.size() >= MAX_CLIENTS) {
      exchange.send(503, "text/plain; charset=utf-8", "too many live pages; reload by hand");
      return;
    }
    exchange.headers("text/event-stream; charset=utf-8");
    exchange.response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    exchange.response.setStatus(200);
    Client client = new Client(exchange.response, exchange.callback);
    if (write(client, "retry: 3000\n\n")) {
      clients.add(client);
    }
  }

  private void tick() {
    try {
      long now = version.getAsLong();
      ticks++;
      if (now != last) {
        boolean first = last == Long.MIN_VALUE;
        last = now;
        if (!first) {
          broadcast("event: change\ndata: " + now + "\n\n");
          return;
        }
      }
      if (ticks % PING_EVERY == 0) {
        broadcast(": ping\n\n");
      }
    } catch (RuntimeException e) {
      LOGGER.warn("live updates: cannot read the projection's position ({})", e.toString());
    }
  }

  private void broadcast(String event) {
    clients.removeIf(client -> !write(client, event));
  }

  /** Writes one event; false (and the stream ended) when the browser went away. */
  private static boolean write(Client client, String text) {
    FutureCallback written = new FutureCallback();
    Content.Sink.write(client.response(), false, text, written);
    try {
      written.get(5, TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      client.done().succeeded();
      return false;
    }
  }

  /** How many pages listen now. */
  int listeners() {
    return clients.size();
  }

  @Override
  public void close() {
    timer.shutdownNow();
    clients.forEach(client -> client.done().succeeded());
    clients.clear();
  }
}
