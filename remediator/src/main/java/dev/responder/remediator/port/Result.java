package dev.responder.remediator.port;

import dev.responder.remediator.guard.FailureKind;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one call: what it observed, or how it failed and why. A failed call may still carry
 * an observation (what was seen before it failed).
 */
public record Result(Observation observation, Optional<FailureKind> failure, String message) {

  public Result {
    Objects.requireNonNull(observation, "observation");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(message, "message");
  }

  public static Result ok(Observation observation) {
    return new Result(observation, Optional.empty(), "");
  }

  public static Result ok(Observation observation, String message) {
    return new Result(observation, Optional.empty(), message);
  }

  public static Result failed(FailureKind kind, String message) {
    return new Result(Observation.empty(), Optional.of(kind), message);
  }

  public boolean succeeded() {
    return failure.isEmpty();
  }
}
