package dev.responder.app.history;

import dev.responder.console.history.HistoryJson;
import dev.responder.console.history.HistoryStore;
import dev.responder.console.history.HistoryText;
import dev.responder.console.history.IncidentSummary;
import dev.responder.console.history.StatusFilter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder incidents}: the incidents the projection knows, newest first, with id, runbook,
 * severity, status and times; the way to find the id {@code timeline} and {@code report} take.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "List incidents, newest first (brings the projection up to date first).")
public final class IncidentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Option(
      names = "--status",
      paramLabel = "open|resolved|all",
      defaultValue = "all",
      description = "which incidents (default: ${DEFAULT-VALUE}); open means not yet resolved")
  StatusFilter status;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(names = "--no-sync", description = "query the projection as it is, without catching up")
  boolean noSync;

  @Override
  public Integer call() throws Exception {
    List<IncidentSummary> incidents;
    try {
      incidents =
          new HistoryStore(Projections.upToDate(endpoints, !noSync, spec.commandLine().getErr()))
              .incidents(status);
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("responder incidents: " + e.getMessage());
      return ExitCode.USAGE;
    }
    spec.commandLine()
        .getOut()
        .print(json ? HistoryJson.incidents(incidents) + "\n" : HistoryText.incidents(incidents));
    return ExitCode.OK;
  }
}
