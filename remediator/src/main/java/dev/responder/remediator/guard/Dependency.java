package dev.responder.remediator.guard;

/** The systems the remediator calls; each has its own circuit breaker. */
public enum Dependency {
  KUBERNETES,
  REDIS,
  POSTGRES,
  HTTP,
  NOTIFY;

  /** The dependency an operation calls, by its prefix ({@code kubernetes.scale} -> KUBERNETES). */
  public static Dependency of(String operation) {
    int dot = operation.indexOf('.');
    String system = dot < 0 ? operation : operation.substring(0, dot);
    return switch (system) {
      case "kubernetes" -> KUBERNETES;
      case "redis" -> REDIS;
      case "postgres" -> POSTGRES;
      case "http" -> HTTP;
      case "notify" -> NOTIFY;
      default -> throw new IllegalArgumentException("no dependency for operation " + operation);
    };
  }
}
