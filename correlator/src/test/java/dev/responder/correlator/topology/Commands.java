package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Silence;
import java.time.Instant;
import java.util.List;

/** Builds commands as the console would send them. */
final class Commands {

  private Commands() {}

  static Command acknowledge(String incidentId, Instant at) {
    return base("ack-" + incidentId, CommandType.ACKNOWLEDGE, at).setIncidentId(incidentId).build();
  }

  static Command silenceAlertname(String silenceId, String alertname, Instant at, Instant until) {
    Silence silence =
        new Silence(
            silenceId,
            List.of(new LabelMatcher("alertname", MatchOperator.EQUAL, alertname)),
            until);
    return base("cmd-" + silenceId, CommandType.SILENCE, at)
        .setSilence(silence)
        .setComment("maintenance")
        .build();
  }

  static Command silence(String silenceId, List<LabelMatcher> matchers, Instant at, Instant until) {
    return base("cmd-" + silenceId, CommandType.SILENCE, at)
        .setSilence(new Silence(silenceId, matchers, until))
        .build();
  }

  static Command unsilence(String silenceId, Instant at) {
    return base("un-" + silenceId, CommandType.UNSILENCE, at).setSilenceId(silenceId).build();
  }

  static Command onCall(String user, Instant at, Instant until) {
    return base("oncall-" + user, CommandType.ONCALL_OVERRIDE, at)
        .setOnCallOverride(
            dev.responder.schemas.avro.OnCallOverride.newBuilder()
                .setOverrideId("OVR-" + user)
                .setLevel(0)
                .setUser(user)
                .setFrom(at)
                .setUntil(until)
                .build())
        .build();
  }

  static Command comment(String incidentId, String text, Instant at) {
    return base("comment-" + incidentId, CommandType.COMMENT, at)
        .setIncidentId(incidentId)
        .setComment(text)
        .build();
  }

  private static Command.Builder base(String id, CommandType type, Instant at) {
    return Command.newBuilder().setCommandId(id).setType(type).setIssuedAt(at).setAuthor("alice");
  }
}
