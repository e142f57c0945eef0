package dev.responder.remediator.crm;

import java.util.List;
import java.util.Locale;

/**
 * Why a social post failed, read from its error message, in the runbook's terms: the token expired
 * (the owner must re-authenticate), the platform rate-limited us (wait and retry), the content was
 * rejected (a person reviews it), or something else. The names are the check's figure names.
 */
public enum PostFailureCause {
  TOKEN_EXPIRED(
      "tokenExpired",
      List.of(
          "token expired",
          "expired token",
          "invalid_token",
          "401",
          "unauthorized",
          "re-authenticate")),
  RATE_LIMITED(
      "rateLimited", List.of("rate limit", "rate-limit", "ratelimit", "429", "too many requests")),
  CONTENT_REJECTED("contentRejected", List.of("rejected", "policy", "not allowed", "violat")),
  OTHER("other", List.of());

  private final String figure;
  private final List<String> markers;

  PostFailureCause(String figure, List<String> markers) {
    this.figure = figure;
    this.markers = markers;
  }

  /** The figure name the check reports for this cause, e.g. {@code rateLimited}. */
  public String figure() {
    return figure;
  }

  /** The cause an error message names; the first matching cause wins, OTHER when none does. */
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
