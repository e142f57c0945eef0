/**
 * The PostgreSQL projection of the audit topics: a consumer ({@link
 * dev.responder.console.projection.Projector}) that appends every record once per (topic,
 * partition, offset) to the hash-chained {@code projection.audit_log}, keeps the latest state of
 * each incident, and can drop and rebuild it all from offset 0 with identical results.
 */
package dev.responder.console.projection;
