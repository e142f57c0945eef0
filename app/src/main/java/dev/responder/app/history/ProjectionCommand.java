package dev.responder.app.history;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.Databases;
import dev.responder.console.projection.Projection;
import dev.responder.console.projection.ProjectionBusyException;
import dev.responder.console.projection.ProjectionChecksum;
import dev.responder.console.service.ProjectionService;
import dev.responder.console.service.ProjectionServiceConfig;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code responder projection run|sync|rebuild}: keep the PostgreSQL projection of the audit topics
 * current, bring it up to date once, or drop and rebuild it from offset 0 (printing the tables'
 * checksums, which a rebuild of the same log reproduces exactly).
 */
@Command(
    name = "projection",
    mixinStandardHelpOptions = true,
    description =
        "Project the audit topics into PostgreSQL: 'run' follows the log, 'sync' catches up once,"
            + " 'rebuild' drops the projection and rebuilds it from offset 0.")
public final class ProjectionCommand implements Callable<Integer> {

  /** What to do with the projection. */
  enum Mode {
    run,
    sync,
    rebuild
  }

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Parameters(
      index = "0",
      paramLabel = "run|sync|rebuild",
      description = "${COMPLETION-CANDIDATES}")
  Mode mode;

  private final Map<String, String> environment;

  public ProjectionCommand() {
    this(System.getenv());
  }

  ProjectionCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (mode == Mode.run) {
      return follow(out, err);
    }
    Projection projection;
    try {
      projection =
          new Projection(
              Databases.fromUrl(endpoints.jdbcUrl()),
              AuditTopics.standard(),
              endpoints.kafkaOrFail(),
              endpoints.kafkaSecurity());
    } catch (IllegalArgumentException e) {
      err.println("responder projection: " + e.getMessage());
      return ExitCode.USAGE;
    }
    try {
      switch (mode) {
        case sync -> out.println("projection: " + projection.catchUp(progress(err)) + " new rows");
        case rebuild -> {
          out.println(
              "projection rebuilt from offset 0: " + projection.rebuild(progress(err)) + " rows");
          ProjectionChecksum.of(Databases.fromUrl(endpoints.jdbcUrl()))
              .forEach((table, sum) -> out.println("  " + table + " " + sum));
        }
        case run -> throw new IllegalStateException("run is handled above");
      }
    } catch (ProjectionBusyException e) {
      err.println("responder projection: " + e.getMessage());
      return ExitCode.SOFTWARE;
    }
    return ExitCode.OK;
  }

  /**
   * The projection service: options win, then {@code RESPONDER_*} settings, then the local stack,
   * with {@code /livez}, {@code /readyz} and {@code /metrics} served while it follows the log.
   */
  private int follow(PrintWriter out, PrintWriter err) throws Exception {
    ProjectionServiceConfig config;
    try {
      config = ProjectionServiceConfig.fromMap(endpoints.serviceSettings(environment));
    } catch (IllegalArgumentException e) {
      err.println("responder projection: " + e.getMessage());
      return ExitCode.USAGE;
    }
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "projection-shutdown"));
    try (ProjectionService service = ProjectionService.start(config)) {
      out.println(
          "projection: following the audit topics; /livez, /readyz, /metrics on port "
              + service.port()
              + "; stop with Ctrl-C");
      out.flush();
      service.follow(() -> stop.getCount() == 0);
    } catch (ProjectionBusyException e) {
      // Another projector holds the lock: one line, and a non-zero exit so a pod restarts.
      err.println("responder projection: " + e.getMessage());
      return ExitCode.SOFTWARE;
    }
    return ExitCode.OK;
  }

  private static ProgressPrinter progress(PrintWriter err) {
    return new ProgressPrinter(err, "projecting the log");
  }
}
