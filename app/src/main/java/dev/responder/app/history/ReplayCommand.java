package dev.responder.app.history;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.replay.Difference;
import dev.responder.console.replay.Replay;
import dev.responder.console.replay.ReplayRequest;
import dev.responder.console.replay.ReplayResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder replay --catalog CANDIDATE.yaml}: runs the recorded alerts and commands through
 * the correlator offline with the candidate catalog, plans the remediator's actions without
 * executing them, and prints how the result differs from what happened (or from {@code
 * --baseline}). Exit 0 when nothing differs, 3 when something does: a CI gate for catalog changes.
 */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Backtest a runbook catalog on recorded history; exit 0 when nothing differs, 3 when"
            + " something does. Reads Kafka only and writes nothing.")
public final class ReplayCommand implements Callable<Integer> {

  static final int DIFFERS = 3;

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Option(
      names = "--catalog",
      required = true,
      paramLabel = "CANDIDATE.yaml",
      description = "the catalog to test")
  Path candidate;

  @Option(
      names = "--baseline",
      paramLabel = "OTHER.yaml",
      description = "compare with this catalog on the same history instead of with what happened")
  Path baseline;

  @Option(
      names = "--from",
      paramLabel = "T",
      description = "compare incidents from T (ISO instant or date, UTC)")
  String from;

  @Option(
      names = "--to",
      paramLabel = "T",
      description = "up to T (default: the last recorded moment)")
  String to;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReplayResult result;
    try {
      ReplayRequest request =
          new ReplayRequest(
              candidate, Optional.ofNullable(baseline), time("--from", from), time("--to", to));
      result =
          new Replay(AuditTopics.standard(), endpoints.kafkaOrFail(), endpoints.kafkaSecurity())
              .run(request, phase -> new ProgressPrinter(err, "replay: " + phase));
    } catch (IllegalArgumentException e) {
      err.println("responder replay: " + e.getMessage());
      return ExitCode.USAGE;
    }
    out.printf(
        "replay of %s against %s, incidents with events in [%s, %s]: %d alerts and %d commands read,"
            + " %d incidents before, %d after%n",
        candidate,
        result.comparedWith(),
        result.window().from(),
        result.window().end(),
        result.alerts(),
        result.commands(),
        result.incidentsBefore(),
        result.incidentsAfter());
    if (result.undecodable() > 0) {
      out.printf("  %d undecodable records could not be replayed%n", result.undecodable());
    }
    if (!result.differs()) {
      out.println("no difference");
      return ExitCode.OK;
    }
    out.println(result.differences().size() + " differences:");
    for (Difference difference : result.differences()) {
      out.println("  " + difference);
    }
    return DIFFERS;
  }

  private static Optional<Instant> time(String option, String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          text.length() == 10
              ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
              : Instant.parse(text));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option
              + " must be an ISO instant (2026-11-27T10:00:00Z) or a date (2026-11-27), got '"
              + text
              + "'",
          e);
    }
  }
}
