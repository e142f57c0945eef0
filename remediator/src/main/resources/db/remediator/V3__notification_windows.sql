-- Notifications in a storm. The first notification of a window (same step, contact, runbook and
-- scope) is sent at once and opens the window; the ones that follow within it are written
-- AGGREGATED (holding their key, as a sent one does) and counted here; one digest per window is
-- claimed like any side effect once the window has ended. Kept here, not in memory, so a restart
-- neither loses a digest nor sends it twice, and replicas share the windows.
ALTER TABLE action_ledger DROP CONSTRAINT action_ledger_state_check;
ALTER TABLE action_ledger ADD CONSTRAINT action_ledger_state_check CHECK (state IN ('INTENT',
  'AWAITING_APPROVAL', 'APPLIED', 'VERIFIED', 'NOT_FIXED', 'FAILED', 'REJECTED', 'EXPIRED',
  'BLOCKED', 'UNKNOWN', 'AGGREGATED'));

CREATE TABLE notification_window (
  id          BIGSERIAL   PRIMARY KEY,
  window_key  TEXT        NOT NULL,
  scope       TEXT        NOT NULL,
  leader_key  TEXT        NOT NULL,
  opened_at   TIMESTAMPTZ NOT NULL,
  ends_at     TIMESTAMPTZ NOT NULL,
  folded      INTEGER     NOT NULL DEFAULT 0,
  named       TEXT[]      NOT NULL DEFAULT '{}',
  digested_at TIMESTAMPTZ
);

-- Each notification reads the latest window of its key: one index probe, however many windows.
CREATE INDEX notification_window_key_idx ON notification_window (window_key, ends_at DESC);
-- Every round of the loop asks which digests are due.
CREATE INDEX notification_window_due_idx ON notification_window (ends_at)
  WHERE digested_at IS NULL AND folded > 0;
