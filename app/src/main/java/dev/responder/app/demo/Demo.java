package dev.responder.app.demo;

import dev.responder.app.local.EndpointsPrinter;
import dev.responder.app.local.LocalLogging;
import dev.responder.app.local.LocalOptions;
import dev.responder.app.local.LocalTimings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code responder demo}'s flow: find or start the local stack, play the scenarios, print the
 * summary table, write the JSON, and answer the exit status (0 only when every scenario played
 * resolved as its runbook expects).
 */
public final class Demo {

  /** Exit status when a scenario did not resolve as expected, or the stack could not start. */
  public static final int NOT_RESOLVED = 1;

  /** Exit status for a usage error, e.g. an unknown scenario. */
  public static final int USAGE = 2;

  /**
   * What to play.
   *
   * @param root the repository root, or null for the launcher's
   * @param catalog the catalog a stack started here runs, or null for {@code runbooks/crm.yaml}
   * @param scenario one scenario to play, or empty for all five
   * @param json where to write the summary as JSON, or empty
   */
  public record Options(Path root, Path catalog, Optional<String> scenario, Optional<Path> json) {}

  private Demo() {}

  /** The scenarios' names, in the order the demo plays them. */
  public static List<String> scenarioNames() {
    return SeedScenarios.names();
  }

  public static int run(Options options, PrintWriter out, PrintWriter err) throws Exception {
    Progress progress = new Progress(out, System.nanoTime());
    List<Scenario> scenarios;
    LocalOptions local;
    try {
      scenarios = scenarios(options.scenario());
      local = LocalOptions.resolve(options.root(), options.catalog(), 0, LocalTimings.DEMO);
    } catch (IllegalArgumentException e) {
      err.println("responder demo: " + e.getMessage());
      return USAGE;
    }
    // The demo's own lines are what a person reads; every log line goes to this file instead.
    LocalLogging.toFile(logFile(local));
    DemoTarget target;
    try {
      target = target(local, progress, out);
    } catch (Exception e) {
      err.println("responder demo: could not start local mode: " + e.getMessage());
      return NOT_RESOLVED;
    }
    DemoSummary summary;
    DemoRun run = new DemoRun(target, progress);
    String web = target.endpoints().web();
    try (target) {
      summary = run.play(scenarios);
      if (target.startedHere()) {
        progress.line("stopping local mode");
      }
    }
    progress.plain("");
    SummaryTable.print(out, summary);
    PagingSummary.print(out, run.observed());
    IncidentLinks.print(out, summary, web, !target.startedHere());
    if (options.json().isPresent()) {
      SummaryJson.write(options.json().get(), summary);
      out.println("Summary written to " + options.json().get());
    }
    if (!target.startedHere()) {
      out.println(
          "The local stack keeps running: look inside with the endpoints in "
              + local.root().resolve(".responder/local/endpoints.json"));
    }
    out.flush();
    return summary.allResolved() ? 0 : NOT_RESOLVED;
  }

  private static Path logFile(LocalOptions local) {
    return local.root().resolve(".responder").resolve("local").resolve("demo.log");
  }

  private static DemoTarget target(LocalOptions local, Progress progress, PrintWriter out)
      throws Exception {
    Optional<DemoTarget> running = DemoTarget.attach(local.root());
    if (running.isPresent()) {
      progress.line(
          "playing against the running 'responder local' (pid "
              + running.get().endpoints().pid()
              + "); it keeps running afterwards");
      progress.line(running.get().catalogChanges().get(0));
      return running.get();
    }
    progress.line(
        "starting local mode: Kafka, PostgreSQL, Redis, Kubernetes API, CRM simulator, ingest,"
            + " correlator, remediator, operator API, web console (all in this process and on"
            + " loopback); their start-up"
            + " output and logs go to "
            + logFile(local));
    DemoTarget started =
        DemoTarget.start(
            local,
            (what, where, took) ->
                progress.line(
                    "  %-15s %s in %.1f s".formatted(what, where, took.toMillis() / 1000.0)));
    progress.line("local mode ready; ingest at " + started.endpoints().ingest());
    EndpointsPrinter.printCatalogChanges(out, started.catalogChanges());
    return started;
  }

  private static List<Scenario> scenarios(Optional<String> name) {
    if (name.isEmpty()) {
      return SeedScenarios.all();
    }
    return List.of(
        SeedScenarios.named(name.get())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no scenario '" + name.get() + "'; choose one of " + scenarioNames())));
  }
}
