package dev.responder.schemas.command;

import com.google.re2j.PatternSyntaxException;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.OnCallOverride;
import dev.responder.schemas.avro.Silence;
import dev.responder.schemas.catalog.matcher.MatchType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether a command can be applied, and if not, why in words a person can act on. Commands for
 * other services (APPROVE, REJECT) and newer types (UNKNOWN) pass untouched; a silence must have 1
 * to {@link #MAX_MATCHERS} valid matchers (regexes RE2, matched in linear time), end within {@link
 * #MAX_SILENCE} and not mute every alert.
 */
public final class CommandRules {

  /** Alertmanager refuses more; so do we, to keep a silence cheap to match. */
  public static final int MAX_MATCHERS = 32;

  public static final int MAX_VALUE_LENGTH = 1024;

  /** The longest silence: every silence leaves state by itself within this. */
  public static final Duration MAX_SILENCE = Duration.ofDays(90);

  private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

  private CommandRules() {}

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
      case COMMENT ->
          require(command.getIncidentId(), "COMMENT needs an incidentId")
              .or(() -> require(command.getComment(), "COMMENT needs a comment"));
      case ONCALL_OVERRIDE -> problemWith(command.getOnCallOverride());
      default -> Optional.empty();
    };
  }

  /** The silence's matchers compiled, or empty when one of them is not a valid RE2 expression. */
  public static Optional<List<dev.responder.schemas.catalog.matcher.LabelMatcher>> compile(
      Silence silence) {
    List<dev.responder.schemas.catalog.matcher.LabelMatcher> compiled = new ArrayList<>();
    for (LabelMatcher matcher : silence.getMatchers()) {
      Optional<dev.responder.schemas.catalog.matcher.LabelMatcher> one = compile(matcher);
      if (one.isEmpty()) {
        return Optional.empty();
      }
      compiled.add(one.get());
    }
    return Optional.of(compiled);
  }

  /** One Avro matcher compiled, or empty when its regex is not valid RE2. */
  public static Optional<dev.responder.schemas.catalog.matcher.LabelMatcher> compile(
      LabelMatcher matcher) {
    try {
      return Optional.of(
          dev.responder.schemas.catalog.matcher.LabelMatcher.of(
              matcher.getName(),
              MatchType.valueOf(matcher.getOperator().name()),
              matcher.getValue()));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
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
        compile(silence).orElseThrow().stream().allMatch(matcher -> matcher.matches(Map.of()));
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
    if (compile(matcher).isEmpty()) {
      return Optional.of("matcher " + text + " is not a valid RE2 regular expression");
    }
    return Optional.empty();
  }

  private static Optional<String> problemWith(OnCallOverride override) {
    if (override == null) {
      return Optional.of("ONCALL_OVERRIDE needs an onCallOverride");
    }
    if (blank(override.getOverrideId()) || blank(override.getUser())) {
      return Optional.of("the on-call override needs an overrideId and a user");
    }
    if (override.getLevel() < 0) {
      return Optional.of("the on-call override's level must be 0 (commander) or more");
    }
    if (!override.getUntil().isAfter(override.getFrom())) {
      return Optional.of("the on-call override must end after it starts");
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
