package dev.responder.remediator.guard;

import java.util.OptionalInt;

/**
 * Scaling can only help: {@code kubernetes.scale} asks for at least a number of replicas and never
 * lowers a count that an autoscaler or a person has already set higher. Reconciliation compares the
 * same meaning: a deployment at or above the count shows the action applied.
 */
public final class ScaleUp {

  private ScaleUp() {}

  /** The count to set for a request of {@code requested} at {@code current}; empty: leave it. */
  public static OptionalInt target(int current, int requested) {
    return requested > current ? OptionalInt.of(requested) : OptionalInt.empty();
  }

  /** Whether a deployment at {@code current} replicas already has what {@code requested} means. */
  public static boolean satisfied(int current, int requested) {
    return current >= requested;
  }
}
