package dev.responder.app.local;

import java.net.URI;
import java.util.Optional;

/**
 * One Responder service running inside local mode (ingest, correlator, remediator, console).
 * Closing it stops it; close is idempotent and never throws.
 */
public interface LocalService extends AutoCloseable {

  /** The service's name as the user knows it, e.g. {@code ingest}. */
  String name();

  /** Where a user reaches it, e.g. {@code http://127.0.0.1:PORT}, or empty when it serves none. */
  Optional<URI> uri();

  @Override
  void close();

  /** Starts one service on the local stack's infrastructure. */
  @FunctionalInterface
  interface Starter {
    LocalService start(LocalContext context) throws Exception;
  }
}
