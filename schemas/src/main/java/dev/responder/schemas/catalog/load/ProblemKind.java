package dev.responder.schemas.catalog.load;

/** The classes of catalog errors, each with a stable code for tooling and tests. */
public enum ProblemKind {
  SYNTAX("syntax"),
  UNKNOWN_FIELD("unknown-field"),
  MISSING_FIELD("missing-field"),
  WRONG_TYPE("wrong-type"),
  INVALID_VALUE("invalid-value"),
  INVALID_DURATION("invalid-duration"),
  UNKNOWN_OPERATION("unknown-operation"),
  MISPLACED_OPERATION("misplaced-operation"),
  MISSING_PARAMETER("missing-parameter"),
  UNKNOWN_PARAMETER("unknown-parameter"),
  BAD_MATCHER("bad-matcher"),
  TARGET_NOT_ALLOWED("target-not-allowed"),
  DUPLICATE_ID("duplicate-id"),
  UNKNOWN_REFERENCE("unknown-reference"),
  UNREACHABLE_ESCALATION("unreachable-escalation"),
  GUARDRAIL_VIOLATION("guardrail-violation");

  private final String code;

  ProblemKind(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
