package dev.responder.app.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code responder oncall show|override}: who is on call, and putting someone on call. */
@Command(
    name = "oncall",
    mixinStandardHelpOptions = true,
    description = "Show who is on call, or override it.",
    subcommands = {OnCallCommand.Show.class, OnCallCommand.PutOnCall.class})
public final class OnCallCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Command(
      name = "show",
      mixinStandardHelpOptions = true,
      description = "The commander and each escalation level now.")
  static final class Show extends OperatorCommand {
    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      return client.get("/v1/oncall");
    }

    @Override
    String text(JsonNode body) {
      StringBuilder out = new StringBuilder();
      for (JsonNode level : body.path("onCall")) {
        out.append(
            String.format(
                "%d %-20s %-10s %-9s",
                level.path("level").asInt(),
                level.path("name").asText(),
                level.path("user").asText("-"),
                level.path("source").asText()));
        if (!level.path("until").isNull()) {
          out.append(" until ").append(level.path("until").asText());
        }
        if (!level.path("contacts").isEmpty()) {
          out.append(" contacts ").append(level.path("contacts").toString());
        }
        out.append('\n');
      }
      return out.toString();
    }
  }

  @Command(
      name = "override",
      mixinStandardHelpOptions = true,
      description = "Put someone on call for a level (0: commander) until an instant.")
  static final class PutOnCall extends OperatorCommand {
    @Parameters(index = "0", paramLabel = "USER", description = "who goes on call")
    String user;

    @Option(
        names = "--level",
        defaultValue = "0",
        paramLabel = "N",
        description = "0 for the incident commander (default), n for escalation level n")
    int level;

    @Option(names = "--from", paramLabel = "INSTANT", description = "when it starts (default: now)")
    String from;

    @Option(
        names = "--until",
        required = true,
        paramLabel = "INSTANT",
        description = "when it ends, e.g. 2026-12-04T09:00:00Z")
    String until;

    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("level", level);
      body.put("user", user);
      if (from != null) {
        body.put("from", from);
      }
      body.put("until", until);
      return client.post("/v1/oncall/overrides", body);
    }

    @Override
    String text(JsonNode body) {
      return "override "
          + body.path("overrideId").asText()
          + ": "
          + accepted(user + " on call at level " + level, body);
    }
  }
}
