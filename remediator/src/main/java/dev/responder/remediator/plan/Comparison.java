package dev.responder.remediator.plan;

/** How a condition compares a check's figure with its threshold. */
public enum Comparison {
  GREATER(">"),
  GREATER_OR_EQUAL(">="),
  LESS("<"),
  LESS_OR_EQUAL("<="),
  EQUAL("=="),
  NOT_EQUAL("!=");

  private final String symbol;

  Comparison(String symbol) {
    this.symbol = symbol;
  }

  public String symbol() {
    return symbol;
  }

  public boolean test(double actual, double threshold) {
    return switch (this) {
      case GREATER -> actual > threshold;
      case GREATER_OR_EQUAL -> actual >= threshold;
      case LESS -> actual < threshold;
      case LESS_OR_EQUAL -> actual <= threshold;
      case EQUAL -> actual == threshold;
      case NOT_EQUAL -> actual != threshold;
    };
  }
}
