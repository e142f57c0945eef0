/**
 * PostgreSQL adapters (JDBC over a HikariCP pool, prepared statements only): the CRM database's
 * runbook queries and repairs, and the remediator's own ledger and outbox with their Flyway
 * migrations.
 */
package dev.responder.remediator.adapter.postgres;
