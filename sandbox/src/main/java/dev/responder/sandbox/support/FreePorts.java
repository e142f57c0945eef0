package dev.responder.sandbox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Finds free TCP ports on loopback by letting the kernel pick one. A component binds it moments
 * later; the small race is accepted because servers that must keep their port across restarts
 * (Kafka, Redis) cannot be asked to bind port 0 themselves.
 */
public final class FreePorts {

  private FreePorts() {}

  /** A port that was free on 127.0.0.1 a moment ago. */
  public static int next() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("could not find a free port on loopback", e);
    }
  }
}
