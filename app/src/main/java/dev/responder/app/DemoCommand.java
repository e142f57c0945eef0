package dev.responder.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code responder demo}: the whole pipeline solving the runbook's five incidents on one machine.
 * Until local mode lands it says so plainly and exits non-zero, so no one mistakes it for success.
 */
@Command(name = "demo", description = "Run the local pipeline and play the runbook's scenarios.")
public final class DemoCommand implements Callable<Integer> {

  static final int NOT_YET_AVAILABLE = 3;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine()
        .getErr()
        .println(
            "responder demo: coming with local mode (issue 7); nothing was started."
                + " Run 'mvn -B verify' to see the pipeline's pieces tested against real"
                + " Kafka, PostgreSQL, Redis and a Kubernetes API.");
    return NOT_YET_AVAILABLE;
  }
}
