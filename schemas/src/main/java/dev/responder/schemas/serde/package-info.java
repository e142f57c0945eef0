/**
 * Kafka serdes for the contract records: Avro single-object encoding (header {@code C3 01}, the
 * writer schema's CRC-64-AVRO fingerprint, the binary body), decoded against a schema store of
 * every released version. Bytes that cannot be decoded raise {@link
 * dev.responder.schemas.serde.UndecodableRecordException} with a closed reason, so callers can
 * dead-letter them.
 */
package dev.responder.schemas.serde;
