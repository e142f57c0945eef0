package dev.responder.remediator.adapter.postgres;

import dev.responder.remediator.crm.PostFailureCause;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** One row of the failed-posts query, with the cause decided from its facts first. */
record FailedPost(
    long id,
    String platform,
    String status,
    String errorMessage,
    Optional<String> errorCode,
    Optional<Boolean> tokenExpired) {

  static FailedPost read(ResultSet row) throws SQLException {
    boolean expired = row.getBoolean("token_expired");
    Optional<Boolean> tokenExpired = row.wasNull() ? Optional.empty() : Optional.of(expired);
    return new FailedPost(
        row.getLong("id"),
        row.getString("platform"),
        row.getString("status"),
        row.getString("error_message"),
        Optional.ofNullable(row.getString("error_code")).filter(code -> !code.isBlank()),
        tokenExpired);
  }

  PostFailureCause cause() {
    return PostFailureCause.decide(tokenExpired, errorCode, errorMessage);
  }

  /** What the runbook's query shows, and which fact named the cause. */
  String describe() {
    PostFailureCause cause = cause();
    String from;
    if (tokenExpired.orElse(false)) {
      from = "its connection's token expired";
    } else if (errorCode.flatMap(PostFailureCause::ofCode).isPresent()) {
      from = "error code " + errorCode.get();
    } else {
      from = "the error text";
    }
    return "post %d on %s %s: %s [%s, from %s]"
        .formatted(id, platform, status, errorMessage, cause.figure(), from);
  }
}
