-- The CRM tables the incident-response runbook queries: exactly the columns the runbook's own SQL
-- names, plus those the runbook catalog's `crmSchema` section names (its defaults are
-- CrmSchema.DEFAULT), nothing else; CrmSchemaContractIT holds the two together. Identifiers are
-- quoted exactly as in the runbook ("SocialPost", ...).

CREATE TABLE IF NOT EXISTS "SocialConnection" (
  id               BIGSERIAL PRIMARY KEY,           -- crmSchema.socialConnectionId
  platform         TEXT        NOT NULL,
  account_owner    TEXT        NOT NULL,            -- crmSchema.socialConnectionOwner
  token_expires_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE IF NOT EXISTS "SocialPost" (
  id               BIGSERIAL PRIMARY KEY,
  platform         TEXT        NOT NULL,
  status           TEXT        NOT NULL,
  error_message    TEXT,
  error_code       TEXT,                             -- crmSchema.socialPostErrorCode
  connection_id    BIGINT      REFERENCES "SocialConnection" (id), -- crmSchema.socialPostConnection
  retry_count      INTEGER     NOT NULL DEFAULT 0,   -- crmSchema.socialPostRetryCount
  next_attempt_at  TIMESTAMPTZ,                      -- crmSchema.socialPostNextAttempt
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS "SocialPost_status_created_at_idx"
  ON "SocialPost" (status, created_at DESC);

CREATE TABLE IF NOT EXISTS "SyncLog" (
  status           TEXT        NOT NULL,
  retry_count      INTEGER     NOT NULL DEFAULT 0,
  created_at       TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE INDEX IF NOT EXISTS "SyncLog_status_created_at_idx"
  ON "SyncLog" (status, created_at DESC);
