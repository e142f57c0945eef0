package dev.responder.sandbox;

/**
 * A running Redis server on loopback. {@link #stop()} and {@link #start()} simulate an outage: it
 * comes back on the same port (empty, as persistence is off).
 */
public interface Redis extends SandboxComponent {

  /** {@code redis://127.0.0.1:<port>}. */
  String uri();

  int port();

  void stop();

  /** Starts the server again on the same port; a no-op when it is running. */
  void start();
}
