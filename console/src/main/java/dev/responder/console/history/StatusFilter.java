package dev.responder.console.history;

/** Which incidents {@code responder incidents} lists: not yet resolved, resolved, or all. */
public enum StatusFilter {
  OPEN,
  RESOLVED,
  ALL;

  boolean accepts(String status) {
    return switch (this) {
      case ALL -> true;
      case RESOLVED -> status.equals("RESOLVED");
      case OPEN -> !status.equals("RESOLVED");
    };
  }
}
