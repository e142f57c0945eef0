package dev.responder.remediator.evidence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One line of a pod's log as {@code kubectl logs --timestamps} prints it: an RFC 3339 time, then
 * the text. A line without a leading time (a log read without timestamps) has none, and counts for
 * everything but the rate.
 */
public record LogLine(String pod, Optional<Instant> at, String text) {

  private static final Pattern STACK_FRAME =
      Pattern.compile("^\\s+(at |\\.\\.\\. \\d+ (more|common frames omitted))");
  private static final Pattern CAUSED_BY = Pattern.compile("^(Caused by|Suppressed): ");
  private static final Pattern EXCEPTION_HEADER =
      Pattern.compile("^([\\w$]+\\.)+[\\w$]*(Exception|Error)(: |$)");
  private static final Pattern ERROR =
      Pattern.compile(
          "(^|\\s|\\[)(ERROR|FATAL|SEVERE|CRITICAL|PANIC)(\\s|\\]|:|$)|level=(error|fatal)"
              + "|^([\\w$]+\\.)*[\\w$]*(Exception|Error)(: |$)");

  /** Splits a leading timestamp off {@code raw}, if it has one. */
  public static LogLine parse(String pod, String raw) {
    int space = raw.indexOf(' ');
    if (space > 0) {
      Optional<Instant> at = instant(raw.substring(0, space));
      if (at.isPresent()) {
        return new LogLine(pod, at, raw.substring(space + 1));
      }
    }
    return new LogLine(pod, Optional.empty(), raw);
  }

  /** A frame of a stack trace, or its "Caused by" line: part of the error line above it. */
  public boolean isStackTrace() {
    return STACK_FRAME.matcher(text).find() || CAUSED_BY.matcher(text).find();
  }

  /** An exception's first line ({@code java.lang.IllegalStateException: ...}). */
  public boolean isExceptionHeader() {
    return EXCEPTION_HEADER.matcher(text).find();
  }

  /** A line at error level (or an exception's first line). */
  public boolean isError() {
    return !isStackTrace() && ERROR.matcher(text).find();
  }

  /** The exception a "Caused by:" line or an exception's first line names. */
  Optional<String> cause() {
    var matcher = CAUSED_BY.matcher(text);
    if (matcher.find()) {
      return Optional.of(text.substring(matcher.end()).strip());
    }
    return isExceptionHeader() ? Optional.of(text.strip()) : Optional.empty();
  }

  @Override
  public String toString() {
    return pod + ": " + at.map(instant -> instant + " ").orElse("") + text;
  }

  private static Optional<Instant> instant(String token) {
    try {
      return Optional.of(OffsetDateTime.parse(token).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
