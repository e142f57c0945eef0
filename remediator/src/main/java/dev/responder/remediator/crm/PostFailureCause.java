package dev.responder.remediator.crm;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a social post failed, in the runbook's terms: the token expired (the owner must
 * re-authenticate), the platform rate-limited us (wait and retry), the content was rejected (a
 * person reviews it), or something else. The names are the check's figure names. The facts decide
 * first: the post's connection's token expiry in {@code "SocialConnection"}, then the post's error
 * code (the column the catalog names); the error text's patterns only when neither says.
 */
public enum PostFailureCause {
  TOKEN_EXPIRED(
      "tokenExpired",
      List.of("TOKEN_EXPIRED", "UNAUTHORIZED", "INVALID_TOKEN", "401"),
      List.of(
          "token expired",
          "expired token",
          "invalid_token",
          "401",
          "unauthorized",
          "re-authenticate")),
  RATE_LIMITED(
      "rateLimited",
      List.of("RATE_LIMITED", "TOO_MANY_REQUESTS", "429"),
      List.of("rate limit", "rate-limit", "ratelimit", "429", "too many requests")),
  CONTENT_REJECTED(
      "contentRejected",
      List.of("CONTENT_REJECTED", "POLICY_VIOLATION", "CONTENT_POLICY"),
      List.of("rejected", "policy", "not allowed", "violat")),
  OTHER("other", List.of(), List.of());

  private final String figure;
  private final List<String> codes;
  private final List<String> markers;

  PostFailureCause(String figure, List<String> codes, List<String> markers) {
    this.figure = figure;
    this.codes = codes;
    this.markers = markers;
  }

  /**
   * The cause of one failed post: TOKEN_EXPIRED when its connection's token has expired, else the
   * cause its error code names (case-insensitive, see the catalog reference), else the cause its
   * error text's patterns name.
   *
   * @param tokenExpired whether the post's connection's token had expired; empty when unknown
   * @param errorCode the post's error code; empty when the CRM has none or left it empty
   */
  public static PostFailureCause decide(
      Optional<Boolean> tokenExpired, Optional<String> errorCode, String errorMessage) {
    if (tokenExpired.orElse(false)) {
      return TOKEN_EXPIRED;
    }
    Optional<PostFailureCause> coded = errorCode.flatMap(PostFailureCause::ofCode);
    return coded.orElseGet(() -> of(errorMessage));
  }

  /** The cause an error code names, if it is one of the documented codes. */
  public static Optional<PostFailureCause> ofCode(String code) {
    String upper = code.strip().toUpperCase(Locale.ROOT);
    for (PostFailureCause cause : values()) {
      if (cause.codes.contains(upper)) {
        return Optional.of(cause);
      }
    }
    return Optional.empty();
  }

  /** The figure name the check reports for this cause, e.g. {@code rateLimited}. */
  public String figure() {
    return figure;
  }

  /**
   * The cause an error message's text names (the fallback when no fact decides); the first matching
   * cause wins, OTHER when none does.
   */
  public static PostFailureCause of(String errorMessage) {
    if (errorMessage == null) {
      return OTHER;
    }
    String text = errorMessage.toLowerCase(Locale.ROOT);
    for (PostFailureCause cause : values()) {
      if (cause.markers.stream().anyMatch(text::contains)) {
        return cause;
      }
    }
    return OTHER;
  }

  /** The cause whose figure name is {@code figure} (the catalog's {@code reason} parameter). */
  public static PostFailureCause byFigure(String figure) {
    for (PostFailureCause cause : values()) {
      if (cause.figure.equals(figure)) {
        return cause;
      }
    }
    throw new IllegalArgumentException("no post failure cause named " + figure);
  }
}
