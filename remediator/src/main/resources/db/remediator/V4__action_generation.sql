-- The opening generation of the incident an action was claimed for (Incident.reopenCount): it is
-- part of the action key, so a reopened incident runs its runbook again. Rows claimed before this
-- column existed belong to the first opening.
ALTER TABLE responder.action_ledger ADD COLUMN generation integer NOT NULL DEFAULT 0;
