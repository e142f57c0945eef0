package dev.responder.app.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every operator command shares: find the API, send one request, print the answer as text or
 * {@code --json}, and exit 0 when it was accepted, {@value #REFUSED} when the API refused it (the
 * reason and message printed), {@value #UNAVAILABLE} when the API or Kafka could not be reached, 2
 * for a usage error.
 */
abstract class OperatorCommand implements Callable<Integer> {

  static final int REFUSED = 1;
  static final int UNAVAILABLE = 4;

  @Spec CommandSpec spec;

  @Mixin OperatorTarget target;

  @Option(names = "--json", description = "print the API's JSON answer")
  boolean json;

  /** Sends this command's request. */
  abstract OperatorClient.Reply request(OperatorClient client)
      throws IOException, InterruptedException;

  /** The answer in words, one or more lines ending with a newline. */
  abstract String text(JsonNode body);

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    String name = "responder " + spec.qualifiedName(" ").replaceFirst("^responder ", "");
    OperatorClient client;
    try {
      OperatorTarget.Resolved resolved = target.resolve();
      client = new OperatorClient(resolved.base(), resolved.token());
    } catch (IllegalArgumentException | IOException e) {
      err.println(name + ": " + e.getMessage());
      return ExitCode.USAGE;
    }
    OperatorClient.Reply reply;
    try {
      reply = request(client);
    } catch (IOException e) {
      err.println(name + ": cannot reach the operator API: " + e);
      return UNAVAILABLE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(reply.body().toPrettyString());
    }
    if (!reply.accepted()) {
      err.println(name + ": refused (" + reply.status() + " " + reply.problem() + ")");
      return reply.status() >= 500 ? UNAVAILABLE : REFUSED;
    }
    if (!json) {
      out.print(text(reply.body()));
    }
    out.flush();
    return ExitCode.OK;
  }

  /** The line for a command the API accepted and wrote. */
  static String accepted(String what, JsonNode body) {
    return what + ": accepted (command " + body.path("commandId").asText() + ")\n";
  }
}
