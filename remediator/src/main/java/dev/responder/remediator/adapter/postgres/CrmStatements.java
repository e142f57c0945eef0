package dev.responder.remediator.adapter.postgres;

import dev.responder.schemas.catalog.CrmSchema;

/**
 * The runbook's SQL, worded as the operators' runbook writes it, with the columns the catalog's
 * {@code crmSchema} names appended where Responder needs more. The column names were checked as
 * plain identifiers by the catalog loader. Times are parameters from the remediator's clock rather
 * than the server's {@code now()}, so a test can move time.
 */
record CrmStatements(
    String failedPosts,
    String retryCandidates,
    String retryPosts,
    String expiredTokens,
    String failedSyncCount,
    String failedSync,
    String retrySync) {

  static CrmStatements of(CrmSchema schema) {
    String extras =
        ", "
            + schema.postErrorCode().orElse("NULL")
            + " AS error_code, (SELECT c.token_expires_at < ? FROM \"SocialConnection\" c WHERE c."
            + schema.connectionId()
            + " = \"SocialPost\"."
            + schema.postConnection()
            + ") AS token_expired";
    return new CrmStatements(
        // Runbook: SELECT id, platform, status, error_message FROM "SocialPost"
        //          WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT 10;
        "SELECT id, platform, status, error_message"
            + extras
            + " FROM \"SocialPost\" WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT ?",
        "SELECT id, platform, status, error_message"
            + extras
            + " FROM \"SocialPost\" WHERE status = 'FAILED' ORDER BY created_at LIMIT ?",
        "UPDATE \"SocialPost\" SET status = 'PENDING', "
            + schema.postNextAttempt()
            + " = ?, "
            + schema.postRetryCount()
            + " = "
            + schema.postRetryCount()
            + " + 1 WHERE id = ANY (?) AND status = 'FAILED'",
        // Runbook: SELECT platform, token_expires_at FROM "SocialConnection"
        //          WHERE token_expires_at < now();
        "SELECT platform, token_expires_at, "
            + schema.connectionId()
            + " AS id, "
            + schema.connectionOwner()
            + " AS owner FROM \"SocialConnection\" WHERE token_expires_at < ?"
            + " ORDER BY token_expires_at",
        "SELECT count(*) FROM \"SyncLog\" WHERE status = 'FAILED'",
        // Runbook: SELECT * FROM "SyncLog" WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT
        // 10;
        "SELECT * FROM \"SyncLog\" WHERE status = 'FAILED' ORDER BY created_at DESC LIMIT ?",
        // Runbook: UPDATE "SyncLog" SET status = 'PENDING', retry_count = 0
        //          WHERE status = 'FAILED' AND created_at > now() - interval '1 hour';
        "UPDATE \"SyncLog\" SET status = 'PENDING', retry_count = 0"
            + " WHERE status = 'FAILED' AND created_at > ?");
  }
}
