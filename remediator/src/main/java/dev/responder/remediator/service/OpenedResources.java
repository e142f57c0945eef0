package dev.responder.remediator.service;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start-up has opened so far, so that a start that fails halfway closes it (newest first)
 * instead of leaving pools, clients and threads behind.
 */
final class OpenedResources {

  private static final Logger LOGGER = LoggerFactory.getLogger(OpenedResources.class);

  private final Deque<AutoCloseable> opened = new ArrayDeque<>();

  /** Remembers {@code resource} and returns it. */
  <T extends AutoCloseable> T add(T resource) {
    opened.push(resource);
    return resource;
  }

  /** Closes everything opened, newest first; a failure to close is kept on {@code cause}. */
  void closeAfter(Throwable cause) {
    while (!opened.isEmpty()) {
      AutoCloseable resource = opened.pop();
      try {
        resource.close();
      } catch (Exception e) {
        LOGGER.warn("Closing {} after a failed start failed too", resource, e);
        cause.addSuppressed(e);
      }
    }
  }
}
