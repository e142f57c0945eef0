package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.Silence;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides on arrival whether the correlator can apply a command, and if not, says why in words a
 * person can act on. Anything on the commands topic is untrusted input: a command this refuses is
 * dead-lettered and never reaches the lifecycle, and a command it accepts cannot throw there.
 * Commands for other services (APPROVE, REJECT) and newer types (UNKNOWN) are accepted untouched.
 */
public final class CommandValidator {

  /** Alertmanager refuses more; so do we, to keep a silence cheap to match. */
  static final int MAX_MATCHERS = 32;

  static final int MAX_VALUE_LENGTH = 1024;

  /** The longest silence: every silence leaves state by itself within this. */
  public static final Duration MAX_SILENCE = Duration.ofDays(90);

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private CommandValidator() {}

  /** Why this command cannot be applied, or empty when it can. */
  public static Optional<String> problemWith(Command command) {
    if (blank(command.getCommandId())) {
      return Optional.of("the command has no commandId");
    }
    return switch (command.getType()) {
      case SILENCE -> problemWith(command.getSilence(), command.getIssuedAt());
      case UNSILENCE -> require(command.getSilenceId(), "UNSILENCE needs a silenceId");
      case ACKNOWLEDGE, RESOLVE, ESCALATE ->
          require(command.getIncidentId(), command.getType() + " needs an incidentId");
      case ASSIGN ->
          require(command.getIncidentId(), "ASSIGN needs an incidentId")
              .or(() -> require(command.getAssignee(), "ASSIGN needs an assignee"));
      default -> Optional.empty();
    };
  }

  private static Optional<String> problemWith(Silence silence, Instant issuedAt) {
    if (silence == null) {
      return Optional.of("SILENCE needs a silence");
    }
    if (silence.getExpiresAt().isAfter(issuedAt.plus(MAX_SILENCE))) {
      return Optional.of(
          "silence "
              + silence.getSilenceId()
              + " expires at "
              + silence.getExpiresAt()
              + ", more than "
              + MAX_SILENCE.toDays()
              + " days after it was issued; silence again when it ends");
    }
    String id = "silence " + silence.getSilenceId();
    if (blank(silence.getSilenceId())) {
      return Optional.of("the silence has no silenceId");
    }
    if (silence.getMatchers().isEmpty() || silence.getMatchers().size() > MAX_MATCHERS) {
      return Optional.of(id + " needs 1 to " + MAX_MATCHERS + " matchers");
    }
    for (LabelMatcher matcher : silence.getMatchers()) {
      Optional<String> problem = problemWith(matcher).map(p -> id + ": " + p);
      if (problem.isPresent()) {
        return problem;
      }
    }
    boolean mutesEverything =
        SilenceMatcher.compile(silence).orElseThrow().stream()
            .allMatch(matcher -> matcher.matches(Map.of()));
    if (mutesEverything) {
      // Alertmanager's rule: a silence whose every matcher matches "" would mute every alert.
      return Optional.of(id + " would mute every alert: each of its matchers matches \"\"");
    }
    return Optional.empty();
  }

  private static Optional<String> problemWith(LabelMatcher matcher) {
    String text =
        matcher.getName() + " " + matcher.getOperator() + " \"" + matcher.getValue() + "\"";
    if (!LABEL_NAME.matcher(matcher.getName()).matches()) {
      return Optional.of("matcher " + text + " has an invalid label name");
    }
    if (matcher.getValue().length() > MAX_VALUE_LENGTH) {
      return Optional.of(
          "matcher on " + matcher.getName() + " is over " + MAX_VALUE_LENGTH + " characters");
    }
    if (SilenceMatcher.compile(matcher).isEmpty()) {
      return Optional.of("matcher " + text + " is not a valid RE2 regular expression");
    }
    return Optional.empty();
  }

  private static Optional<String> require(String value, String problem) {
    return blank(value) ? Optional.of(problem) : Optional.empty();
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
