package dev.responder.app.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal readable while local mode runs in the CLI's process: fabric8's mock API server
 * logs every request at INFO through java.util.logging (which logback does not govern), and the
 * demo's own progress should not drown in the services' INFO lines.
 */
public final class LocalLogging {

  /** Held so the level is not lost when java.util.logging collects an unreferenced logger. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private LocalLogging() {}

  /** Silences the mock API server's per-request lines. */
  public static void quietMockServer() {
    MOCK_SERVER_LOG.setLevel(java.util.logging.Level.WARNING);
  }

  /**
   * Warnings and errors only (Kafka's own: errors only, its start-up advice is for operators),
   * unless {@code RESPONDER_LOG_LEVEL} asks for more.
   */
  public static void warningsOnly() {
    quietMockServer();
    if (System.getenv("RESPONDER_LOG_LEVEL") != null) {
      return;
    }
    level(org.slf4j.Logger.ROOT_LOGGER_NAME, Level.WARN);
    level("org.apache.kafka", Level.ERROR);
  }

  private static void level(String name, Level level) {
    if (LoggerFactory.getLogger(name) instanceof Logger logger) {
      logger.setLevel(level);
    }
  }
}
