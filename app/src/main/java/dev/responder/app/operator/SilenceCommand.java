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

/** {@code responder silence create|list|expire}: silences in Alertmanager's matcher syntax. */
@Command(
    name = "silence",
    mixinStandardHelpOptions = true,
    description = "Create, list and expire silences.",
    subcommands = {
      SilenceCommand.Create.class,
      SilenceCommand.Listing.class,
      SilenceCommand.Expire.class
    })
public final class SilenceCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  @Command(
      name = "create",
      mixinStandardHelpOptions = true,
      description =
          "Silence the alerts matching a selector, e.g. '{alertname=\"X\", namespace=~\"crm.*\"}'.")
  static final class Create extends OperatorCommand {
    @Parameters(
        index = "0",
        paramLabel = "MATCHERS",
        description = "Alertmanager matchers, e.g. {alertname=\"CrmWorkerQueueStuck\"}")
    String matchers;

    @Option(
        names = "--for",
        paramLabel = "MINUTES",
        description = "how long, in minutes (or give --until)")
    Integer minutes;

    @Option(
        names = "--until",
        paramLabel = "INSTANT",
        description = "when it ends, e.g. 2026-12-03T18:00:00Z")
    String until;

    @Option(
        names = {"-m", "--comment"},
        required = true,
        paramLabel = "TEXT",
        description = "why (required)")
    String comment;

    @Option(
        names = "--preview",
        description = "only show the live incidents it would match; write nothing")
    boolean preview;

    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("matchers", matchers);
      if (minutes != null) {
        body.put("durationMinutes", minutes);
      }
      if (until != null) {
        body.put("endsAt", until);
      }
      body.put("comment", comment);
      return client.post(preview ? "/v1/silences/preview" : "/v1/silences", body);
    }

    @Override
    String text(JsonNode body) {
      if (preview) {
        StringBuilder out =
            new StringBuilder("would match " + body.path("incidents").size() + " live incidents\n");
        body.path("incidents")
            .forEach(
                i ->
                    out.append("  ")
                        .append(i.path("id").asText())
                        .append(' ')
                        .append(i.path("title").asText())
                        .append('\n'));
        return out.toString();
      }
      return "silence " + body.path("silenceId").asText() + ": " + accepted("created", body);
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      description = "List the silences that still run.")
  static final class Listing extends OperatorCommand {
    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      return client.get("/v1/silences");
    }

    @Override
    String text(JsonNode body) {
      if (body.path("silences").isEmpty()) {
        return "no silence runs\n";
      }
      StringBuilder out = new StringBuilder();
      for (JsonNode s : body.path("silences")) {
        out.append(s.path("id").asText())
            .append("  ")
            .append(s.path("matchers").asText())
            .append("  until ")
            .append(s.path("endsAt").asText())
            .append("  by ")
            .append(s.path("createdBy").asText())
            .append(": ")
            .append(s.path("comment").asText())
            .append('\n');
      }
      return out.toString();
    }
  }

  @Command(name = "expire", mixinStandardHelpOptions = true, description = "End a silence now.")
  static final class Expire extends OperatorCommand {
    @Parameters(
        index = "0",
        paramLabel = "SILENCE-ID",
        description = "the id 'responder silence list' shows")
    String id;

    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      return client.delete("/v1/silences/" + id);
    }

    @Override
    String text(JsonNode body) {
      return accepted("expire " + id, body);
    }
  }
}
