package dev.responder.app.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The commands on one incident: acknowledge, resolve, assign a commander, comment. */
public final class IncidentCommands {

  private IncidentCommands() {}

  /** An incident command with an optional comment. */
  abstract static class OnIncident extends OperatorCommand {
    @Parameters(
        index = "0",
        paramLabel = "INCIDENT",
        description = "the incident id, e.g. INC-20261127-7F3A9C2B")
    String incident;

    @Option(
        names = {"-m", "--comment"},
        paramLabel = "TEXT",
        description = "why, for the record")
    String comment;

    abstract String verb();

    Map<String, Object> body() {
      Map<String, Object> body = new HashMap<>();
      if (comment != null) {
        body.put("comment", comment);
      }
      return body;
    }

    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      return client.post("/v1/incidents/" + incident + "/" + verb(), body());
    }

    @Override
    String text(JsonNode body) {
      return accepted(verb() + " " + incident, body);
    }
  }

  @Command(
      name = "ack",
      mixinStandardHelpOptions = true,
      description = "Acknowledge an incident: stops its escalation.")
  public static final class Ack extends OnIncident {
    @Override
    String verb() {
      return "ack";
    }
  }

  @Command(name = "resolve", mixinStandardHelpOptions = true, description = "Resolve an incident.")
  public static final class Resolve extends OnIncident {
    @Override
    String verb() {
      return "resolve";
    }
  }

  @Command(
      name = "assign",
      mixinStandardHelpOptions = true,
      description = "Make someone the incident's commander.")
  public static final class Assign extends OnIncident {
    @Parameters(index = "1", paramLabel = "COMMANDER", description = "who commands from now on")
    String commander;

    @Override
    String verb() {
      return "assign";
    }

    @Override
    Map<String, Object> body() {
      Map<String, Object> body = super.body();
      body.put("commander", commander);
      return body;
    }
  }

  @Command(
      name = "comment",
      mixinStandardHelpOptions = true,
      description = "Add a note to an incident's record.")
  public static final class Comment extends OperatorCommand {
    @Parameters(index = "0", paramLabel = "INCIDENT", description = "the incident id")
    String incident;

    @Parameters(index = "1", paramLabel = "TEXT", description = "the note")
    String note;

    @Override
    OperatorClient.Reply request(OperatorClient client) throws IOException, InterruptedException {
      return client.post("/v1/incidents/" + incident + "/comment", Map.of("text", note));
    }

    @Override
    String text(JsonNode body) {
      return accepted("comment on " + incident, body);
    }
  }
}
