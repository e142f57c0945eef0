package dev.responder.schemas.catalog.load;

/**
 * One thing wrong with a catalog, where it is (1-based line and column), and a hint on how to fix
 * it.
 */
public record Problem(int line, int column, ProblemKind kind, String message, String hint) {

  /**
   * The compiler-style line, e.g. {@code crm.yaml:12:9: error[unknown-operation] ... (hint: ...)}.
   */
  public String format(String source) {
    String advice = hint.isEmpty() ? "" : " (hint: " + hint + ")";
    return source + ":" + line + ":" + column + ": error[" + kind.code() + "] " + message + advice;
  }
}
