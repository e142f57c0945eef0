-- The CRM tables the incident-response runbook queries, with the columns its queries and
-- remediations use. Identifiers are quoted exactly as in the runbook ("SocialPost", ...).

CREATE TABLE IF NOT EXISTS "SocialConnection" (
  id               BIGSERIAL PRIMARY KEY,
  platform         TEXT        NOT NULL,
  account_owner    TEXT        NOT NULL,
  token_expires_at TIMESTAMPTZ NOT NULL,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS "SocialPost" (
  id               BIGSERIAL PRIMARY KEY,
  platform         TEXT        NOT NULL,
  connection_id    BIGINT      REFERENCES "SocialConnection" (id),
  account_owner    TEXT        NOT NULL,
  content          TEXT,
  status           TEXT        NOT NULL,
  error_message    TEXT,
  retry_count      INTEGER     NOT NULL DEFAULT 0,
  next_attempt_at  TIMESTAMPTZ,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS "SocialPost_status_created_at_idx"
  ON "SocialPost" (status, created_at DESC);

CREATE TABLE IF NOT EXISTS "SyncLog" (
  id               BIGSERIAL PRIMARY KEY,
  entity           TEXT        NOT NULL,
  status           TEXT        NOT NULL,
  retry_count      INTEGER     NOT NULL DEFAULT 0,
  error_message    TEXT,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS "SyncLog_status_created_at_idx"
  ON "SyncLog" (status, created_at DESC);
