package dev.responder.remediator.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.port.Observation;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The worker-logs evidence: what went wrong next to what went right, and a rate, not a count. */
class LogTailTest {

  private static final String POD = "crm-worker-x4k2p";

  @Test
  void shouldCountMatchesApartFromTheLinesAndKeepTheErrorLines() {
    var tail =
        lines(
            "2026-12-03T10:00:00Z INFO  processed 5 events from crm-events",
            "2026-12-03T10:00:30Z ERROR redis timeout after 5000 ms",
            "2026-12-03T10:01:00Z INFO  processed 3 events from crm-events");

    Observation seen =
        LogTail.of(tail, Optional.of("processed")).observation("1 pod of crm-worker");

    assertThat(seen.figures())
        .containsEntry("lines", 3.0)
        .containsEntry("matches", 2.0)
        .containsEntry("errors", 1.0);
    assertThat(seen.lines())
        .contains("error: " + POD + ": ERROR redis timeout after 5000 ms")
        .contains(POD + ": 2026-12-03T10:00:30Z ERROR redis timeout after 5000 ms");
  }

  @Test
  void shouldReportTheRateAsMatchesPerMinuteOverTheTailsTimeSpan() {
    var tail =
        lines(
            "2026-12-03T10:00:00Z INFO  processed 5 events",
            "2026-12-03T10:01:00Z INFO  processed 5 events",
            "2026-12-03T10:02:00Z INFO  processed 5 events",
            "2026-12-03T10:04:00Z WARN  blocked: crm-events has 900 waiting");

    Observation seen = LogTail.of(tail, Optional.of("processed")).observation("1 pod");

    assertThat(seen.figures()).containsEntry("ratePerMinute", 0.75);
    assertThat(seen.lines().get(0)).contains("3 match 'processed' (0.8/min)").contains("over 4m0s");
  }

  @Test
  void shouldReportNoRateWhenTheTailSpansNoTime() {
    var tail = lines("INFO processed 5 events", "INFO processed 6 events");

    Observation seen = LogTail.of(tail, Optional.of("processed")).observation("1 pod");

    assertThat(seen.figures()).doesNotContainKey("ratePerMinute").containsEntry("matches", 2.0);
    assertThat(seen.lines().get(0)).contains("no rate");
  }

  @Test
  void shouldSummariseAStackTraceAsOneErrorWithItsRootCause() {
    var tail =
        lines(
            "2026-12-03T10:00:00Z ERROR job 17 failed",
            "2026-12-03T10:00:00Z java.lang.IllegalStateException: sync failed",
            "2026-12-03T10:00:00Z \tat dev.crm.Worker.run(Worker.java:42)",
            "2026-12-03T10:00:00Z \tat java.base/java.lang.Thread.run(Thread.java:840)",
            "2026-12-03T10:00:00Z Caused by: java.net.ConnectException: Connection refused",
            "2026-12-03T10:00:00Z \t... 2 more",
            "2026-12-03T10:00:05Z INFO  processed 1 events");

    Observation seen = LogTail.of(tail, Optional.empty()).observation("1 pod");

    assertThat(seen.figures()).containsEntry("errors", 1.0);
    assertThat(seen.lines())
        .contains(
            "error: "
                + POD
                + ": ERROR job 17 failed [stack trace, 5 lines, root cause"
                + " java.net.ConnectException: Connection refused]")
        .contains("    ... 4 stack-trace lines folded")
        .noneMatch(line -> line.contains("Worker.java:42"));
  }

  @Test
  void shouldCountAnExceptionWithoutAnErrorLineAboveItAsAnError() {
    var tail =
        lines(
            "2026-12-03T10:00:00Z INFO  processed 1 events",
            "2026-12-03T10:00:01Z java.lang.OutOfMemoryError: Java heap space",
            "2026-12-03T10:00:01Z \tat dev.crm.Export.render(Export.java:9)");

    Observation seen = LogTail.of(tail, Optional.empty()).observation("1 pod");

    assertThat(seen.figures()).containsEntry("errors", 1.0);
    assertThat(seen.lines())
        .contains(
            "error: "
                + POD
                + ": java.lang.OutOfMemoryError: Java heap space [stack trace, 1 lines]");
  }

  @Test
  void shouldShowARepeatedErrorOnceWithItsCount() {
    var tail =
        lines(
            "2026-12-03T10:00:00Z ERROR redis timeout",
            "2026-12-03T10:00:10Z ERROR redis timeout",
            "2026-12-03T10:00:20Z ERROR redis timeout");

    Observation seen = LogTail.of(tail, Optional.empty()).observation("1 pod");

    assertThat(seen.figures()).containsEntry("errors", 3.0);
    assertThat(seen.lines()).contains("error x3: " + POD + ": ERROR redis timeout");
  }

  @Test
  void shouldNotTakeAWordContainingErrorForAnErrorLine() {
    var tail = lines("2026-12-03T10:00:00Z INFO  retried 3 errored jobs", "level=info msg=ok");

    Observation seen = LogTail.of(tail, Optional.empty()).observation("1 pod");

    assertThat(seen.figures()).containsEntry("errors", 0.0);
  }

  private static List<LogLine> lines(String... raw) {
    return Stream.of(raw).map(line -> LogLine.parse(POD, line)).toList();
  }
}
