package dev.responder.app.history;

import dev.responder.console.audit.Anchor;
import dev.responder.console.audit.AuditChains;
import dev.responder.console.audit.BrokenLink;
import dev.responder.console.audit.Difference;
import dev.responder.console.audit.LogComparison;
import dev.responder.console.projection.AnchorReader;
import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.Databases;
import dev.responder.console.projection.LogRecomputation;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
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
 * {@code responder audit verify [--against-log]}: walks every hash chain of the projection, every
 * incidents row and the heads, checks them against the heads published on the anchors topic (when
 * Kafka is known), and with {@code --against-log} projects the log again in memory and names every
 * difference row by row. Exit 0 when everything holds, 1 otherwise.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = "Verify the projection's hash chains: 'audit verify [--against-log]'.")
public final class AuditCommand implements Callable<Integer> {

  static final int BROKEN = 1;

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Parameters(index = "0", paramLabel = "verify", description = "what to do (verify)")
  String action;

  @Option(
      names = "--against-log",
      description =
          "also project the log again in memory and compare every row with the database's")
  boolean againstLog;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!action.equals("verify")) {
      err.println("responder audit: unknown action '" + action + "'; use 'responder audit verify'");
      return ExitCode.USAGE;
    }
    AuditChains chains;
    Optional<String> kafka;
    try {
      chains = new AuditChains(Databases.fromUrl(endpoints.jdbcUrl()));
      kafka = againstLog ? Optional.of(endpoints.kafkaOrFail()) : endpoints.kafka();
    } catch (IllegalArgumentException e) {
      err.println("responder audit: " + e.getMessage());
      return ExitCode.USAGE;
    }
    AuditTopics topics = AuditTopics.standard();
    // Anchors first: each was published after its rows committed, so a snapshot taken afterwards
    // holds every anchored row even while the projection service keeps appending.
    Collection<Anchor> anchors =
        kafka.map(k -> AnchorReader.read(topics, k, endpoints.kafkaSecurity())).orElse(List.of());
    AuditChains.Snapshot snapshot = chains.snapshot();
    AuditChains.Verification result = AuditChains.verify(snapshot, anchors);
    boolean holds = report(result, kafka.isPresent(), out);
    if (againstLog) {
      LogComparison.Projected fromLog =
          new LogRecomputation(topics, kafka.orElseThrow(), endpoints.kafkaSecurity())
              .recompute(snapshot.positions());
      holds &= report(LogComparison.compare(fromLog, snapshot.projected()), out);
    }
    return holds ? ExitCode.OK : BROKEN;
  }

  private static boolean report(
      AuditChains.Verification result, boolean anchorsRead, PrintWriter out) {
    String anchors =
        anchorsRead
            ? result.anchors() + " anchors"
            : "no anchors (Kafka unknown: give --bootstrap to check them)";
    if (result.holds()) {
      out.printf(
          "audit: %d rows in %d chains, %d incidents and %s verified; everything holds%n",
          result.rows(), result.chains(), result.incidents(), anchors);
      return true;
    }
    out.printf(
        "audit: %d rows in %d chains, %d incidents and %s checked; %d problems:%n",
        result.rows(), result.chains(), result.incidents(), anchors, result.broken().size());
    for (BrokenLink link : result.broken()) {
      out.println("  " + link);
    }
    return false;
  }

  private static boolean report(List<Difference> differences, PrintWriter out) {
    if (differences.isEmpty()) {
      out.println("audit: the projection equals the log projected again");
      return true;
    }
    out.printf("audit: %d differences from the log projected again:%n", differences.size());
    for (Difference difference : differences) {
      out.println("  " + difference);
    }
    return false;
  }
}
