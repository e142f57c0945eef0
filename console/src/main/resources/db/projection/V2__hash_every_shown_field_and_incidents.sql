-- Version 2 of the audit hash covers every field the timeline shows (kind, key, incident, event
-- time, chain and number besides position and content), and the incidents table is hashed too.
-- Rows hashed the version-1 way would fail verification, so they are projected again from offset 0:
-- the log is the record, and the rebuilt rows are what a fresh projection would write.
TRUNCATE audit_log, chain_heads, incidents, positions;

-- Where each incident row was read and a SHA-256 over all its columns and content; its head (row
-- count and the sum of the hashes) is kept in chain_heads under 'incidents'.
ALTER TABLE incidents
    ADD COLUMN source_topic     text    NOT NULL,
    ADD COLUMN source_partition integer NOT NULL,
    ADD COLUMN source_offset    bigint  NOT NULL,
    ADD COLUMN hash             text    NOT NULL;
