package dev.responder.app.history;

import dev.responder.console.history.HistoryJson;
import dev.responder.console.history.HistoryText;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code responder timeline INC-…}: the incident's full timeline from the log: alerts, lifecycle
 * events, commands with their author, checks with evidence, actions, outcomes and escalations.
 */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description = "Print an incident's full timeline from the log.")
public final class TimelineCommand implements Callable<Integer> {

  static final int NOT_FOUND = 1;

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Parameters(
      index = "0",
      paramLabel = "INCIDENT",
      description = "the incident id, e.g. INC-20261127-7F3A9C2B")
  String incidentId;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--no-sync", description = "query the projection as it is, without catching up")
  boolean noSync;

  @Override
  public Integer call() throws Exception {
    Optional<IncidentHistory> history;
    try {
      history = IncidentHistory.load(endpoints, incidentId, !noSync, spec.commandLine().getErr());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("responder timeline: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (history.isEmpty()) {
      return NOT_FOUND;
    }
    IncidentHistory h = history.get();
    spec.commandLine()
        .getOut()
        .print(
            json
                ? HistoryJson.timeline(h.incident(), h.timeline()) + "\n"
                : HistoryText.timeline(h.incident(), h.timeline()));
    return ExitCode.OK;
  }
}
