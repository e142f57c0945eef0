package dev.responder.sandbox.crm;

/**
 * Why a simulated social post failed, with the error message the platform API would give. The
 * messages carry the markers operators grep for (401/token expired, 429/rate limit,
 * rejected/policy) and no marker of another cause, so a classifier of error messages sorts each one
 * unambiguously.
 */
public enum PostFailure {
  TOKEN_EXPIRED(
      "TOKEN_EXPIRED",
      "401 Unauthorized: the access token expired; the account owner must re-authenticate"),
  RATE_LIMITED(
      "RATE_LIMITED", "429 Too Many Requests: rate limit reached for this account, retry later"),
  CONTENT_REJECTED(
      "CONTENT_REJECTED",
      "Content rejected by the platform: the post violates its community policy");

  private final String errorCode;
  private final String errorMessage;

  PostFailure(String errorCode, String errorMessage) {
    this.errorCode = errorCode;
    this.errorMessage = errorMessage;
  }

  /** The {@code "SocialPost".error_code} of a post that failed this way. */
  public String errorCode() {
    return errorCode;
  }

  /** The {@code "SocialPost".error_message} of a post that failed this way. */
  public String errorMessage() {
    return errorMessage;
  }
}
