package dev.responder.app.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LocalLoggingTest {

  @TempDir Path directory;

  private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
  private final Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  private final List<Appender<ILoggingEvent>> terminal = terminalAppenders();

  private List<Appender<ILoggingEvent>> terminalAppenders() {
    List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
    root.iteratorForAppenders().forEachRemaining(appenders::add);
    return appenders;
  }

  @AfterEach
  void restoreTheTerminal() {
    root.detachAppender("LOCAL_FILE");
    terminal.forEach(Appender::clearAllFilters);
  }

  private ILoggingEvent event(String logger, Level level) {
    return new LoggingEvent(
        Logger.class.getName(), context.getLogger(logger), level, "line", null, null);
  }

  @Test
  void shouldSendThirdPartyStartUpChatterToTheFileOnly() throws Exception {
    // given
    Path log = directory.resolve("local.log");

    // when
    boolean redirected = LocalLogging.toFile(log);
    LoggerFactory.getLogger("org.eclipse.jetty.server.Server").info("jetty-12 banner");

    // then
    assertThat(redirected).isTrue();
    assertThat(Files.readString(log)).contains("jetty-12 banner");
    assertThat(terminal)
        .isNotEmpty()
        .allSatisfy(
            a -> {
              assertThat(a.getFilterChainDecision(event("org.eclipse.jetty", Level.INFO)))
                  .isEqualTo(FilterReply.DENY);
              assertThat(a.getFilterChainDecision(event("io.zonky.test", Level.WARN)))
                  .isEqualTo(FilterReply.DENY);
            });
  }

  @Test
  void shouldKeepErrorsAndResponderWarningsOnTheTerminal() throws Exception {
    LocalLogging.toFile(directory.resolve("local.log"));

    assertThat(terminal)
        .allSatisfy(
            a -> {
              assertThat(a.getFilterChainDecision(event("dev.responder.remediator", Level.WARN)))
                  .isEqualTo(FilterReply.NEUTRAL);
              assertThat(a.getFilterChainDecision(event("org.apache.kafka", Level.ERROR)))
                  .isEqualTo(FilterReply.NEUTRAL);
            });
  }
}
