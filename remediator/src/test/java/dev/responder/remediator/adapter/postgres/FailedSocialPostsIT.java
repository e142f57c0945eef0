package dev.responder.remediator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.port.Result;
import dev.responder.sandbox.Postgres;
import dev.responder.sandbox.junit.SandboxExtension;
import dev.responder.schemas.catalog.CrmSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runbook's failed-posts query on a real PostgreSQL, with the cause of each post taken from its
 * connection's token expiry, then the error-code column the catalog names, then the text.
 */
@ExtendWith(SandboxExtension.class)
class FailedSocialPostsIT {

  private final Postgres postgres;

  FailedSocialPostsIT(Postgres postgres) {
    this.postgres = postgres;
  }

  @BeforeEach
  void given() throws SQLException {
    execute(
        "TRUNCATE \"SocialPost\", \"SocialConnection\", \"SyncLog\" RESTART IDENTITY",
        "INSERT INTO \"SocialConnection\" (id, platform, account_owner, token_expires_at) VALUES"
            + " (1, 'linkedin', 'ana@customer.example', now() - interval '1 day'),"
            + " (2, 'x', 'bo@customer.example', now() + interval '30 days')",
        // an expired token, whatever the platform's text says
        "INSERT INTO \"SocialPost\" (platform, connection_id, status, error_message, created_at)"
            + " VALUES ('linkedin', 1, 'FAILED', '500 Internal Server Error', now() - interval '3 minutes')",
        // the error code before the text
        "INSERT INTO \"SocialPost\" (platform, connection_id, status, error_code, error_message,"
            + " created_at) VALUES ('x', 2, 'FAILED', 'RATE_LIMITED', 'content rejected?',"
            + " now() - interval '2 minutes')",
        // no code: the text decides
        "INSERT INTO \"SocialPost\" (platform, connection_id, status, error_message, created_at)"
            + " VALUES ('x', 2, 'FAILED', 'Content rejected: violates policy', now() - interval '1 minute')");
  }

  @Test
  void shouldTellEachPostsCauseFromTheFactsBeforeTheText() {
    Result posts = database(CrmSchema.DEFAULT).failedSocialPosts("crm", 10);

    assertThat(posts.observation().figures())
        .containsEntry("failed", 3.0)
        .containsEntry("tokenExpired", 1.0)
        .containsEntry("rateLimited", 1.0)
        .containsEntry("contentRejected", 1.0);
    assertThat(posts.observation().lines())
        .contains(
            "post 1 on linkedin FAILED: 500 Internal Server Error [tokenExpired, from its"
                + " connection's token expired]",
            "post 2 on x FAILED: content rejected? [rateLimited, from error code RATE_LIMITED]",
            "post 3 on x FAILED: Content rejected: violates policy [contentRejected, from the error"
                + " text]");
  }

  @Test
  void shouldFallBackToTheTextWhenTheCatalogNamesNoErrorCodeColumn() {
    CrmSchema withoutCode =
        new CrmSchema(
            Optional.empty(),
            "connection_id",
            "retry_count",
            "next_attempt_at",
            "id",
            "account_owner");

    Result posts = database(withoutCode).failedSocialPosts("crm", 10);

    assertThat(posts.observation().figures())
        .containsEntry("tokenExpired", 1.0)
        .containsEntry("rateLimited", 0.0)
        .containsEntry("contentRejected", 2.0);
  }

  @Test
  void shouldNameTheExpiredAccountsAndTheirOwners() {
    var expired = database(CrmSchema.DEFAULT).expiredAccounts("crm");

    assertThat(expired.accounts())
        .singleElement()
        .satisfies(
            account -> {
              assertThat(account.owner()).isEqualTo("ana@customer.example");
              assertThat(account.platform()).isEqualTo("linkedin");
            });
  }

  private PostgresCrmDatabase database(CrmSchema schema) {
    return new PostgresCrmDatabase(
        postgres.dataSource(), "crm", Duration.ofSeconds(5), Clock.systemUTC(), schema);
  }

  private void execute(String... statements) throws SQLException {
    try (Connection connection = postgres.dataSource().getConnection();
        Statement sql = connection.createStatement()) {
      for (String statement : statements) {
        sql.execute(statement);
      }
    }
  }
}
