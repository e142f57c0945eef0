package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.command.CommandRules;
import java.time.Duration;
import java.util.Optional;

/**
 * Decides on arrival whether the correlator can apply a command, and if not, says why in words a
 * person can act on. Anything on the commands topic is untrusted input: a command this refuses is
 * dead-lettered and never reaches the lifecycle, and a command it accepts cannot throw there. The
 * rules are the contract's ({@link CommandRules}), the same the operator API checks before writing.
 */
public final class CommandValidator {

  /** The longest silence: every silence leaves state by itself within this. */
  public static final Duration MAX_SILENCE = CommandRules.MAX_SILENCE;

  private CommandValidator() {}

  /** Why this command cannot be applied, or empty when it can. */
  public static Optional<String> problemWith(Command command) {
    return CommandRules.problemWith(command);
  }
}
