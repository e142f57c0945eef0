-- The remediator's ledger: one row per action key (incident, runbook, step, target). INTENT is
-- written before acting, APPLIED after, in the same transaction as the outcome in the outbox.
CREATE TABLE action_ledger (
  action_key          TEXT        PRIMARY KEY,
  incident_id         TEXT        NOT NULL,
  runbook_id          TEXT        NOT NULL,
  step_id             TEXT        NOT NULL,
  target              TEXT        NOT NULL,
  operation           TEXT        NOT NULL,
  kind                TEXT        NOT NULL CHECK (kind IN ('ACTION', 'NOTIFICATION')),
  params              TEXT        NOT NULL,
  state               TEXT        NOT NULL CHECK (state IN ('INTENT', 'AWAITING_APPROVAL',
                        'APPLIED', 'VERIFIED', 'NOT_FIXED', 'FAILED', 'REJECTED', 'EXPIRED',
                        'BLOCKED', 'UNKNOWN')),
  attempt             INTEGER     NOT NULL,
  cause_event_id      TEXT        NOT NULL,
  catalog_version     TEXT        NOT NULL,
  severity            TEXT        NOT NULL,
  title               TEXT        NOT NULL,
  claimed_at          TIMESTAMPTZ NOT NULL,
  updated_at          TIMESTAMPTZ NOT NULL,
  acted_at            TIMESTAMPTZ,
  approval_expires_at TIMESTAMPTZ
);

-- Cooldown asks "when was this operation last done on this target, by any incident?".
CREATE INDEX action_ledger_cooldown_idx ON action_ledger (operation, target, acted_at DESC);
-- Budgets count recent claims; reconciliation and expiry look rows up by state.
CREATE INDEX action_ledger_claimed_idx ON action_ledger (claimed_at);
CREATE INDEX action_ledger_state_idx ON action_ledger (state);

-- Messages to publish (outcomes, escalation commands), written in the transaction that decided
-- them. message_id is deterministic, so a redelivered event cannot add a second copy.
CREATE TABLE outbox (
  id           BIGSERIAL   PRIMARY KEY,
  message_id   TEXT        NOT NULL UNIQUE,
  topic        TEXT        NOT NULL,
  record_key   TEXT        NOT NULL,
  payload      BYTEA       NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL,
  published_at TIMESTAMPTZ
);

CREATE INDEX outbox_unpublished_idx ON outbox (id) WHERE published_at IS NULL;

-- Verifications due after the runbook's delay: one per incident event that applied an action.
CREATE TABLE verification (
  cause_event_id  TEXT        PRIMARY KEY,
  incident_id     TEXT        NOT NULL,
  runbook_id      TEXT        NOT NULL,
  severity        TEXT        NOT NULL,
  catalog_version TEXT        NOT NULL,
  title           TEXT        NOT NULL,
  due_at          TIMESTAMPTZ NOT NULL,
  done_at         TIMESTAMPTZ
);

CREATE INDEX verification_due_idx ON verification (due_at) WHERE done_at IS NULL;
