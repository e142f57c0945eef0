package dev.responder.schemas.catalog.matcher;

/**
 * Alertmanager's four matcher operators. The constant names equal the Avro {@code MatchOperator}
 * symbols, so {@code MatchOperator.valueOf(type.name())} converts between the two.
 */
public enum MatchType {
  EQUAL("="),
  NOT_EQUAL("!="),
  REGEX("=~"),
  NOT_REGEX("!~");

  private final String symbol;

  MatchType(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written in a matcher, e.g. {@code =~}. */
  public String symbol() {
    return symbol;
  }

  boolean isRegex() {
    return this == REGEX || this == NOT_REGEX;
  }

  boolean isNegative() {
    return this == NOT_EQUAL || this == NOT_REGEX;
  }
}
