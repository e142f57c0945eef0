-- The projection of Responder's audit topics (see docs/audit.md). Everything here is rebuilt from
-- offset 0 by `./responder projection rebuild`, so nothing may depend on when a row was written.

-- Every record of the audit topics, once per (topic, partition, offset), hash-chained.
CREATE TABLE audit_log (
    topic        text        NOT NULL,
    "partition"  integer     NOT NULL,
    "offset"     bigint      NOT NULL,
    kind         text        NOT NULL,
    record_key   text,
    incident_id  text,
    chain        text        NOT NULL,
    seq          bigint      NOT NULL,
    occurred_at  timestamptz NOT NULL,
    content      text        NOT NULL,
    prev_hash    text        NOT NULL,
    hash         text        NOT NULL,
    PRIMARY KEY (topic, "partition", "offset"),
    UNIQUE (chain, seq)
);
CREATE INDEX audit_log_incident ON audit_log (incident_id, occurred_at);
CREATE INDEX audit_log_kind ON audit_log (kind, occurred_at);

-- The last row of each chain, so rows removed from or added to a chain's end are noticed.
CREATE TABLE chain_heads (
    chain text   PRIMARY KEY,
    seq   bigint NOT NULL,
    hash  text   NOT NULL
);

-- The latest state of each incident, from the compacted incidents topic.
CREATE TABLE incidents (
    incident_id      text        PRIMARY KEY,
    runbook_id       text        NOT NULL,
    title            text        NOT NULL,
    severity         text        NOT NULL,
    status           text        NOT NULL,
    detected_at      timestamptz NOT NULL,
    response_due_at  timestamptz NOT NULL,
    acknowledged_at  timestamptz,
    acknowledged_by  text,
    resolved_at      timestamptz,
    commander        text,
    escalation_level integer     NOT NULL,
    revision         bigint      NOT NULL,
    updated_at       timestamptz NOT NULL,
    content          text        NOT NULL
);
CREATE INDEX incidents_detected ON incidents (detected_at DESC);

-- How far the projection has read each partition: written in the same transaction as the rows.
CREATE TABLE positions (
    topic       text    NOT NULL,
    "partition" integer NOT NULL,
    next_offset bigint  NOT NULL,
    PRIMARY KEY (topic, "partition")
);

-- Typed views over the hashed content: there is no second copy that could be changed unseen.
CREATE VIEW alerts AS
SELECT topic, "partition", "offset", seq,
       content::jsonb ->> 'fingerprint'               AS fingerprint,
       content::jsonb ->> 'status'                    AS status,
       content::jsonb ->> 'source'                    AS source,
       content::jsonb -> 'labels'                     AS labels,
       (content::jsonb ->> 'startsAt')::timestamptz   AS starts_at,
       (content::jsonb ->> 'receivedAt')::timestamptz AS received_at,
       content::jsonb ->> 'eventType'                 AS event_type,
       content::jsonb ->> 'requestId'                 AS request_id
FROM audit_log WHERE kind = 'ALERT';

CREATE VIEW incident_events AS
SELECT topic, "partition", "offset", seq, incident_id,
       content::jsonb ->> 'eventId'                      AS event_id,
       content::jsonb ->> 'type'                         AS type,
       (content::jsonb ->> 'occurredAt')::timestamptz    AS occurred_at,
       content::jsonb #>> '{cause,kind}'                 AS cause_kind,
       content::jsonb #>> '{cause,author}'               AS cause_author,
       content::jsonb #>> '{cause,detail}'               AS cause_detail,
       content::jsonb #>> '{incident,severity}'          AS severity,
       content::jsonb #>> '{incident,status}'            AS status,
       content::jsonb ->> 'escalationTarget'             AS escalation_target
FROM audit_log WHERE kind = 'INCIDENT_EVENT';

CREATE VIEW outcomes AS
SELECT topic, "partition", "offset", seq, incident_id,
       content::jsonb ->> 'outcomeId'                 AS outcome_id,
       content::jsonb ->> 'step'                      AS step,
       content::jsonb ->> 'kind'                      AS kind,
       content::jsonb ->> 'operation'                 AS operation,
       content::jsonb ->> 'target'                    AS target,
       content::jsonb ->> 'status'                    AS status,
       content::jsonb ->> 'reason'                    AS reason,
       content::jsonb ->> 'message'                   AS message,
       content::jsonb -> 'evidence'                   AS evidence,
       (content::jsonb ->> 'startedAt')::timestamptz  AS started_at,
       (content::jsonb ->> 'finishedAt')::timestamptz AS finished_at
FROM audit_log WHERE kind = 'OUTCOME';

CREATE VIEW commands AS
SELECT topic, "partition", "offset", seq, incident_id,
       content::jsonb ->> 'commandId'               AS command_id,
       content::jsonb ->> 'type'                    AS type,
       (content::jsonb ->> 'issuedAt')::timestamptz AS issued_at,
       content::jsonb ->> 'author'                  AS author,
       content::jsonb ->> 'comment'                 AS comment
FROM audit_log WHERE kind = 'COMMAND';
