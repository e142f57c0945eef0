-- The relay's low-water marks: per topic partition, the offset after the last record it published
-- and marked. Records after it may have been acknowledged by Kafka while their rows were not yet
-- marked (a crash in between); on start the relay reads from here to the end to find them.
CREATE TABLE outbox_offsets (
  topic       TEXT    NOT NULL,
  partition   INTEGER NOT NULL,
  next_offset BIGINT  NOT NULL,
  PRIMARY KEY (topic, partition)
);
