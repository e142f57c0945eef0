package dev.responder.sandbox.kafka;

import dev.responder.sandbox.support.LogTail;
import java.nio.file.Path;

/** The broker could not be formatted or started; the message carries the log path and its tail. */
public final class KafkaStartupException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  KafkaStartupException(String problem, Path logFile) {
    super(problem + "; broker log " + logFile + " ends with:\n" + LogTail.of(logFile));
  }
}
