package dev.responder.schemas.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The comparisons a condition may make between a figure and a threshold. */
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

  public static Optional<Comparison> bySymbol(String symbol) {
    return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
  }

  public String symbol() {
    return symbol;
  }

  /** True when {@code actual} compares with {@code threshold} as this comparison says. */
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
