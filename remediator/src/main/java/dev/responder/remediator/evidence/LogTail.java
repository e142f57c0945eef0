package dev.responder.remediator.evidence;

import dev.responder.remediator.port.Observation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The runbook's {@code kubectl logs -l app=... --tail=N} view as evidence. Figures: {@code lines}
 * (read), {@code matches} (lines containing the grep word, a separate count), {@code errors} (error
 * lines, each stack trace counted once with the line above it) and, with a grep word and timestamps
 * spanning some time, {@code ratePerMinute}: matching lines per minute over the tail's time span.
 * The evidence lines are a summary, then each distinct error with its repeats and stack-trace
 * cause, then the tail itself with every stack trace folded into one line.
 */
public final class LogTail {

  private static final int MAX_ERROR_TEXT = 200;

  private final List<LogLine> lines;
  private final Optional<String> grep;

  private LogTail(List<LogLine> lines, Optional<String> grep) {
    this.lines = List.copyOf(lines);
    this.grep = grep.filter(word -> !word.isBlank());
  }

  /** The tail of the pods' logs, in each pod's order, and the word to count. */
  public static LogTail of(List<LogLine> lines, Optional<String> grep) {
    return new LogTail(lines, grep);
  }

  /**
   * Figures and the lines a person reads; {@code source} names pods and container for the summary.
   */
  public Observation observation(String source) {
    List<ErrorBlock> errors = errorBlocks();
    long matches =
        grep.map(word -> lines.stream().filter(l -> l.text().contains(word)).count()).orElse(0L);
    Optional<Duration> span = span();
    Map<String, Double> figures = new LinkedHashMap<>();
    figures.put("lines", (double) lines.size());
    figures.put("matches", (double) matches);
    figures.put("errors", (double) errors.size());
    Optional<Double> rate =
        grep.isPresent() ? span.map(s -> perMinute(matches, s)) : Optional.empty();
    rate.ifPresent(r -> figures.put("ratePerMinute", r));
    List<String> shown = new ArrayList<>();
    shown.add(summary(source, matches, errors.size(), span, rate));
    shown.addAll(distinctErrors(errors));
    shown.addAll(foldedTail());
    return Observation.of(figures, shown);
  }

  private String summary(
      String source, long matches, int errors, Optional<Duration> span, Optional<Double> rate) {
    StringBuilder text = new StringBuilder();
    text.append(lines.size()).append(" lines of ").append(source);
    span.ifPresent(s -> text.append(" over ").append(format(s)));
    grep.ifPresent(
        word -> text.append("; ").append(matches).append(" match '").append(word).append("'"));
    rate.ifPresent(
        r ->
            text.append(" (")
                .append(String.format(java.util.Locale.ROOT, "%.1f", r))
                .append("/min)"));
    grep.filter(word -> rate.isEmpty())
        .ifPresent(word -> text.append(" (no rate: the tail has no time span)"));
    text.append("; ").append(errors).append(errors == 1 ? " error line" : " error lines");
    return text.toString();
  }

  /** Each distinct error text once, with how often it occurred and the stack trace's last cause. */
  private List<String> distinctErrors(List<ErrorBlock> errors) {
    Map<String, List<ErrorBlock>> byText = new LinkedHashMap<>();
    for (ErrorBlock block : errors) {
      byText.computeIfAbsent(block.line().text(), text -> new ArrayList<>()).add(block);
    }
    List<String> shown = new ArrayList<>();
    byText.forEach(
        (text, blocks) -> {
          ErrorBlock last = blocks.get(blocks.size() - 1);
          StringBuilder line = new StringBuilder("error");
          if (blocks.size() > 1) {
            line.append(" x").append(blocks.size());
          }
          line.append(": ").append(last.line().pod()).append(": ").append(shorten(text));
          if (last.frames() > 0) {
            line.append(" [stack trace, ").append(last.frames()).append(" lines");
            last.rootCause()
                .ifPresent(cause -> line.append(", root cause ").append(shorten(cause)));
            line.append("]");
          }
          shown.add(line.toString());
        });
    return shown;
  }

  /** The tail as read, with each run of stack-trace lines replaced by one line saying so. */
  private List<String> foldedTail() {
    List<String> shown = new ArrayList<>();
    int folded = 0;
    for (LogLine line : lines) {
      if (line.isStackTrace()) {
        folded++;
        continue;
      }
      if (folded > 0) {
        shown.add("    ... " + folded + " stack-trace lines folded");
        folded = 0;
      }
      shown.add(line.toString());
    }
    if (folded > 0) {
      shown.add("    ... " + folded + " stack-trace lines folded");
    }
    return shown;
  }

  private List<ErrorBlock> errorBlocks() {
    List<ErrorBlock> blocks = new ArrayList<>();
    ErrorBlock open = null;
    for (LogLine line : lines) {
      boolean samePod = open != null && open.line().pod().equals(line.pod());
      // An exception printed right under an error line is that error's stack trace.
      boolean belongs =
          line.isStackTrace() || (line.isExceptionHeader() && samePod && open.frames() == 0);
      if (belongs && samePod) {
        open = open.with(line);
        blocks.set(blocks.size() - 1, open);
      } else if (line.isError()) {
        open = new ErrorBlock(line, 0, Optional.empty());
        blocks.add(open);
      } else if (!line.isStackTrace()) {
        open = null;
      }
    }
    return blocks;
  }

  private Optional<Duration> span() {
    List<Instant> times = lines.stream().map(LogLine::at).flatMap(Optional::stream).toList();
    if (times.size() < 2) {
      return Optional.empty();
    }
    Instant first = times.stream().min(Instant::compareTo).orElseThrow();
    Instant last = times.stream().max(Instant::compareTo).orElseThrow();
    Duration span = Duration.between(first, last);
    return span.isZero() ? Optional.empty() : Optional.of(span);
  }

  private static double perMinute(long count, Duration span) {
    double rate = count * 60_000.0 / span.toMillis();
    return Math.round(rate * 100) / 100.0;
  }

  private static String format(Duration span) {
    long seconds = span.toSeconds();
    return seconds >= 60 ? (seconds / 60) + "m" + (seconds % 60) + "s" : seconds + "s";
  }

  private static String shorten(String text) {
    return text.length() <= MAX_ERROR_TEXT ? text : text.substring(0, MAX_ERROR_TEXT - 3) + "...";
  }

  /** An error line and the stack trace below it. */
  private record ErrorBlock(LogLine line, int frames, Optional<String> rootCause) {
    ErrorBlock {
      Objects.requireNonNull(line);
    }

    ErrorBlock with(LogLine frame) {
      return new ErrorBlock(line, frames + 1, frame.cause().or(() -> rootCause));
    }
  }
}
