package dev.responder.sandbox.crm;

/**
 * Counts of the simulated CRM's rows, as the runbook's checks see them.
 *
 * @param failedPosts {@code "SocialPost"} rows with status FAILED
 * @param rateLimitedPosts of those, the ones a platform refused for its rate limit (the ones the
 *     runbook retries)
 * @param pendingPosts posts waiting to be (re)published
 * @param expiredTokens {@code "SocialConnection"} rows whose token expired
 * @param failedSyncEvents {@code "SyncLog"} rows with status FAILED
 * @param pendingSyncEvents sync events waiting for the worker
 */
public record RecordCounts(
    int failedPosts,
    int rateLimitedPosts,
    int pendingPosts,
    int expiredTokens,
    int failedSyncEvents,
    int pendingSyncEvents) {}
