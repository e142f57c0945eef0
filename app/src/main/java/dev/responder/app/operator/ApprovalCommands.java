package dev.responder.app.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The answers to an action waiting for a person, and the list of those waiting. */
public final class ApprovalCommands {

  private ApprovalCommands() {}

  abstract static class Answer extends OperatorCommand {
    @Parameters(
        index = "0",
        paramLabel = "ACTION-KEY",
        description = "the action key 'responder approvals' shows")
    String actionKey;

    @Option(
        names = {"-m", "--comment"},
        paramLabel = "TEXT",
        description = "why, for the record")
    String comment;

    abstract String verb();

    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      Map<String, Object> body = new HashMap<>();
      if (comment != null) {
        body.put("comment", comment);
      }
      return client.post("/v1/approvals/" + actionKey + "/" + verb(), body);
    }

    @Override
    String text(JsonNode body) {
      return accepted(verb() + " " + actionKey, body);
    }
  }

  @Command(
      name = "approve",
      mixinStandardHelpOptions = true,
      description = "Approve an action waiting for a person.")
  public static final class Approve extends Answer {
    @Override
    String verb() {
      return "approve";
    }
  }

  @Command(
      name = "reject",
      mixinStandardHelpOptions = true,
      description = "Reject an action waiting for a person.")
  public static final class Reject extends Answer {
    @Override
    String verb() {
      return "reject";
    }
  }

  @Command(
      name = "approvals",
      mixinStandardHelpOptions = true,
      description = "List the actions waiting for approval, with plan, evidence and time left.")
  public static final class Waiting extends OperatorCommand {
    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      return client.get("/v1/approvals");
    }

    @Override
    String text(JsonNode body) {
      StringBuilder out = new StringBuilder();
      JsonNode approvals = body.path("approvals");
      if (approvals.isEmpty()) {
        return "no action waits for approval\n";
      }
      for (JsonNode a : approvals) {
        JsonNode plan = a.path("plan");
        out.append(a.path("actionKey").asText()).append('\n');
        out.append("  ")
            .append(plan.path("operation").asText())
            .append(' ')
            .append(plan.path("target").asText())
            .append(" (runbook ")
            .append(plan.path("runbookId").asText())
            .append(", step ")
            .append(plan.path("step").asText())
            .append(")\n");
        out.append("  evidence: ").append(a.path("evidence").toString()).append('\n');
        out.append("  expires ")
            .append(a.path("expiresAt").asText())
            .append(" (")
            .append(a.path("secondsLeft").asLong() / 60)
            .append(" min left): responder approve|reject ")
            .append(a.path("actionKey").asText())
            .append('\n');
      }
      return out.toString();
    }
  }
}
