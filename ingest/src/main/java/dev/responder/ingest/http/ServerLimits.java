package dev.responder.ingest.http;

import java.time.Duration;

/**
 * What one ingest process gives its senders at most: worker threads (request bodies are read and
 * parsed on them; Kafka waits hold none), open connections (past it Jetty stops accepting until one
 * closes), and how long a connection may stay silent, mid-request or between requests, before it is
 * closed (a sender trickling a body byte by byte holds a thread only that long per byte).
 */
public record ServerLimits(int maxThreads, int maxConnections, Duration idleTimeout) {

  public static final ServerLimits DEFAULTS = new ServerLimits(64, 512, Duration.ofSeconds(30));

  public ServerLimits {
    if (maxThreads < 8) {
      throw new IllegalArgumentException("max threads must be at least 8, was " + maxThreads);
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException(
          "max connections must be at least 1, was " + maxConnections);
    }
  }
}
