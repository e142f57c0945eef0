package dev.responder.runtime.http;

import java.util.Objects;

/**
 * What {@code GET /livez} answers: alive (200 {@code ok}), or not (503 with {@code detail} naming
 * why), so a process whose work has stopped is restarted by its liveness probe.
 */
public record Liveness(boolean alive, String detail) {

  /** The answer of a process that is doing its work. */
  public static final Liveness ALIVE = new Liveness(true, "ok");

  public Liveness {
    Objects.requireNonNull(detail, "detail");
  }

  /** A process that no longer does its work, for the reason {@code detail}. */
  public static Liveness dead(String detail) {
    return new Liveness(false, detail);
  }
}
