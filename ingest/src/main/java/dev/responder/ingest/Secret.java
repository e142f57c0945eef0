package dev.responder.ingest;

import java.util.Objects;

/** A credential that must never reach a log: its {@code toString} is a mask. */
public record Secret(String value) {

  public Secret {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return "****";
  }
}
