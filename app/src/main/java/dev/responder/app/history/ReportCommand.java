package dev.responder.app.history;

import dev.responder.console.report.PostIncidentReport;
import dev.responder.console.report.ReportInput;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * {@code responder report INC-…}: the Markdown post-incident report (summary, severity, times
 * against the response time, timeline, actions with evidence, escalations, commander, root-cause
 * hypothesis, follow-ups), printed or written to {@code --out}.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Write an incident's post-incident report in Markdown.")
public final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Parameters(index = "0", paramLabel = "INCIDENT", description = "the incident id")
  String incidentId;

  @Option(names = "--out", paramLabel = "FILE", description = "write the report to FILE")
  Path out;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      defaultValue = "runbooks/crm.yaml",
      description =
          "the runbook catalog for response times and runbooks (default: ${DEFAULT-VALUE})")
  Path catalogFile;

  @Option(names = "--no-sync", description = "query the projection as it is, without catching up")
  boolean noSync;

  @Override
  public Integer call() throws Exception {
    Optional<IncidentHistory> history;
    Optional<Catalog> catalog;
    try {
      catalog = catalog();
      history = IncidentHistory.load(endpoints, incidentId, !noSync, spec.commandLine().getErr());
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println("responder report: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (history.isEmpty()) {
      return TimelineCommand.NOT_FOUND;
    }
    IncidentHistory h = history.get();
    String markdown =
        PostIncidentReport.markdown(
            new ReportInput(
                h.incident(),
                h.timeline(),
                catalog.flatMap(c -> c.runbook(h.incident().runbookId())),
                catalog.map(c -> c.severity(Severity.valueOf(h.incident().severity()))),
                catalogFile.toString()));
    if (out == null) {
      spec.commandLine().getOut().print(markdown);
    } else {
      Files.writeString(out, markdown, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("report written to " + out);
    }
    return ExitCode.OK;
  }

  private Optional<Catalog> catalog() {
    if (!Files.isRegularFile(catalogFile)) {
      spec.commandLine()
          .getErr()
          .println(
              "responder report: no catalog at " + catalogFile + "; runbook sections stay short");
      return Optional.empty();
    }
    if (CatalogLoader.load(catalogFile) instanceof LoadResult.Loaded loaded) {
      return Optional.of(loaded.catalog());
    }
    throw new IllegalArgumentException(
        "catalog "
            + catalogFile
            + " is invalid; './responder catalog check "
            + catalogFile
            + "' shows why");
  }
}
