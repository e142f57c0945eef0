-- The remediator's PostgreSQL role on the CRM database: what its queries need and nothing more.
-- Run it as a superuser (or the database owner with CREATEROLE), connected to the CRM database:
--   psql "$CRM_ADMIN_URL" -f deploy/postgres/remediator-role.sql
--   psql "$CRM_ADMIN_URL" -c "ALTER ROLE responder_remediator PASSWORD '...'"
-- It can be run again: every statement is idempotent. RemediatorDatabaseRoleIT applies it to a
-- real PostgreSQL and runs the remediator's own queries under the role.

DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'responder_remediator') THEN
    CREATE ROLE responder_remediator LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE;
  END IF;
END
$$;

-- Terminating idle sessions (postgres.terminateIdleConnections) and seeing every session's state
-- in pg_stat_activity (postgres.connectionCount). pg_signal_backend cannot signal a superuser's
-- session.
GRANT pg_signal_backend TO responder_remediator;
GRANT pg_read_all_stats TO responder_remediator;

DO $$
BEGIN
  EXECUTE format('GRANT CONNECT ON DATABASE %I TO responder_remediator', current_database());
END
$$;

-- The CRM's tables, read and changed only as granted below. (Before PostgreSQL 15 every role may
-- create objects in schema public through PUBLIC; this script leaves the CRM's own settings alone.)
GRANT USAGE ON SCHEMA public TO responder_remediator;

-- postgres.failedSocialPosts and postgres.retrySocialPosts: read the failed posts (the runbook's
-- columns, and the catalog's crmSchema ones: error code, connection), re-queue the rate-limited
-- ones (status, next_attempt_at, retry_count). Not the content, not the owner.
GRANT SELECT (id, platform, status, error_message, created_at, retry_count, error_code,
  connection_id) ON "SocialPost" TO responder_remediator;
GRANT UPDATE (status, next_attempt_at, retry_count) ON "SocialPost" TO responder_remediator;

-- postgres.expiredSocialTokens: which connection expired, whose it is, when. Not the token.
GRANT SELECT (id, platform, account_owner, token_expires_at) ON "SocialConnection"
  TO responder_remediator;

-- postgres.failedSyncEvents and postgres.retryFailedSyncEvents: the runbook reads the failed
-- events with SELECT *, so every column.
GRANT SELECT ON "SyncLog" TO responder_remediator;
GRANT UPDATE (status, retry_count) ON "SyncLog" TO responder_remediator;

-- The remediator's ledger and outbox: schema responder, owned by the role, which migrates it with
-- Flyway at start.
CREATE SCHEMA IF NOT EXISTS responder AUTHORIZATION responder_remediator;
