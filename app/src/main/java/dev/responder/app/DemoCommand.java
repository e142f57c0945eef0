package dev.responder.app;

import dev.responder.app.demo.Demo;
import dev.responder.app.local.RepositoryRoot;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder demo}: the whole pipeline solving the runbook's five incidents on one machine.
 * It plays against a running {@code responder local} of the same repository when there is one, and
 * otherwise starts local mode in its own process for the duration of the demo.
 */
@Command(
    name = "demo",
    description = {
      "Run the local pipeline and play the runbook's five incidents: break the simulated CRM"
          + " platform, send the alert Alertmanager (or the CRM) would send, follow the incident"
          + " to its resolution, then print a summary.",
      "Plays against a running 'responder local' of this repository when there is one (and leaves"
          + " it running); otherwise starts local mode for the demo's duration.",
      "Exit status: 0 when every scenario resolved as its runbook expects, 1 otherwise, 2 for a"
          + " usage error."
    })
public final class DemoCommand implements Callable<Integer> {

  @Option(
      names = "--scenario",
      paramLabel = "NAME",
      description =
          "Play one scenario: worker-queue-stuck, social-publishing-failed,"
              + " event-processing-lag, database-connections-exhausted, api-unresponsive.")
  String scenario;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Also write the summary as JSON to FILE.")
  Path json;

  @Mixin RepositoryRoot root;

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description =
          "The runbook catalog when the demo starts local mode (default: runbooks/crm.yaml).")
  Path catalog;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return Demo.run(
        new Demo.Options(
            root.root(), catalog, Optional.ofNullable(scenario), Optional.ofNullable(json)),
        spec.commandLine().getOut(),
        spec.commandLine().getErr());
  }
}
