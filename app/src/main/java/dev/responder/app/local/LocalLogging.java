package dev.responder.app.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.spi.FilterReply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.slf4j.LoggerFactory;

/**
 * Keeps the terminal readable while local mode runs in the CLI's process: fabric8's mock API server
 * logs every request at INFO through java.util.logging (which logback does not govern), and
 * third-party start-up chatter (initdb, Jetty banners, Kafka's advice) belongs in a file, not
 * between the lines a person reads.
 */
public final class LocalLogging {

  /** Held so the level is not lost when java.util.logging collects an unreferenced logger. */
  private static final java.util.logging.Logger MOCK_SERVER_LOG =
      java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");

  private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

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

  /**
   * Every log line goes to {@code file} (replaced at each start); the terminal keeps errors, and
   * Responder's own warnings. Unless {@code RESPONDER_LOG_LEVEL} asks for the logs on the terminal.
   *
   * @return whether the logs now go to the file
   */
  public static boolean toFile(Path file) throws IOException {
    quietMockServer();
    if (System.getenv("RESPONDER_LOG_LEVEL") != null
        || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return false;
    }
    Files.createDirectories(file.getParent());
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext(); ) {
      it.next().addFilter(new TerminalFilter());
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    FileAppender<ILoggingEvent> appender = new FileAppender<>();
    appender.setContext(context);
    appender.setName("LOCAL_FILE");
    appender.setFile(file.toString());
    appender.setAppend(false);
    appender.setEncoder(encoder);
    appender.start();
    root.addAppender(appender);
    return true;
  }

  /** Lets through to the terminal what a person must see: errors, and Responder's warnings. */
  private static final class TerminalFilter extends Filter<ILoggingEvent> {
    @Override
    public FilterReply decide(ILoggingEvent event) {
      boolean ours = event.getLoggerName().startsWith("dev.responder");
      boolean shown = event.getLevel().isGreaterOrEqual(ours ? Level.WARN : Level.ERROR);
      return shown ? FilterReply.NEUTRAL : FilterReply.DENY;
    }
  }

  private static void level(String name, Level level) {
    if (LoggerFactory.getLogger(name) instanceof Logger logger) {
      logger.setLevel(level);
    }
  }
}
