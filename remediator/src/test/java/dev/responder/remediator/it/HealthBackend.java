package dev.responder.remediator.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.function.BooleanSupplier;

/**
 * A real HTTP health endpoint on loopback standing in for the CRM API behind the catalog's {@link
 * #CATALOG_URL}: it answers 500 until {@code recovered} says the fix happened, then 200.
 */
public final class HealthBackend implements AutoCloseable {

  public static final String CATALOG_URL = "https://crm-api.crm.example/health";

  private final HttpServer server;
  private volatile BooleanSupplier recovered;

  public HealthBackend(BooleanSupplier recovered) {
    this.recovered = recovered;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/health",
        exchange -> {
          exchange.sendResponseHeaders(this.recovered.getAsBoolean() ? 200 : 500, -1);
          exchange.close();
        });
    server.start();
  }

  /** From now on the API stays broken whatever is done to it. */
  void neverRecovers() {
    recovered = () -> false;
  }

  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/health");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
