package dev.responder.app.history;

import dev.responder.console.audit.AuditChains;
import dev.responder.console.audit.BrokenLink;
import dev.responder.console.projection.Databases;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code responder audit verify}: walks every hash chain of the projection and names the first
 * broken link of each (incident, row, expected versus found). Exit 0 when all hold, 1 otherwise.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify the projection's hash chains: 'audit verify'.")
public final class AuditCommand implements Callable<Integer> {

  static final int BROKEN = 1;

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Parameters(index = "0", paramLabel = "verify", description = "what to do (verify)")
  String action;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!action.equals("verify")) {
      err.println("responder audit: unknown action '" + action + "'; use 'responder audit verify'");
      return ExitCode.USAGE;
    }
    AuditChains.Verification result;
    try {
      result = new AuditChains(Databases.fromUrl(endpoints.jdbcUrl())).verify();
    } catch (IllegalArgumentException e) {
      err.println("responder audit: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (result.holds()) {
      out.printf(
          "audit: %d rows in %d chains verified; every chain holds%n",
          result.rows(), result.chains());
      return ExitCode.OK;
    }
    out.printf(
        "audit: %d rows in %d chains checked; %d chains are broken:%n",
        result.rows(), result.chains(), result.broken().size());
    for (BrokenLink link : result.broken()) {
      out.println("  " + link);
    }
    return BROKEN;
  }
}
