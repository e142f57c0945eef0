package dev.responder.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code responder} command. It only groups the subcommands; run without one it
 * prints the usage, so a user always learns what to type next.
 */
@Command(
    name = "responder",
    mixinStandardHelpOptions = true,
    versionProvider = ResponderVersion.class,
    description = "Event-driven incident response for the CRM platform.",
    subcommands = {
      DemoCommand.class,
      dev.responder.app.catalog.CatalogCommand.class,
      IngestCommand.class,
      CorrelatorCommand.class,
      RemediatorCommand.class,
      OperatorApiCommand.class,
      dev.responder.app.local.LocalCommand.class,
      dev.responder.app.history.ProjectionCommand.class,
      dev.responder.app.history.AuditCommand.class,
      dev.responder.app.history.IncidentsCommand.class,
      dev.responder.app.history.TimelineCommand.class,
      dev.responder.app.history.ReportCommand.class,
      dev.responder.app.history.ReplayCommand.class,
      dev.responder.app.history.DeadLettersCommand.class,
      dev.responder.app.bench.BenchCommand.class,
      dev.responder.app.operator.IncidentCommands.Ack.class,
      dev.responder.app.operator.IncidentCommands.Resolve.class,
      dev.responder.app.operator.IncidentCommands.Assign.class,
      dev.responder.app.operator.IncidentCommands.Comment.class,
      dev.responder.app.operator.ApprovalCommands.Approve.class,
      dev.responder.app.operator.ApprovalCommands.Reject.class,
      dev.responder.app.operator.ApprovalCommands.Waiting.class,
      dev.responder.app.operator.SilenceCommand.class,
      dev.responder.app.operator.OnCallCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ResponderCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
