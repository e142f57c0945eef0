/**
 * Turns request bodies into normalised {@link dev.responder.schemas.avro.Alert} records, or into a
 * {@link dev.responder.ingest.payload.Problem} naming what was wrong and where (a JSON pointer).
 * Pure functions over bytes: no HTTP, no Kafka, so every bad-input class is unit-testable.
 */
package dev.responder.ingest.payload;
