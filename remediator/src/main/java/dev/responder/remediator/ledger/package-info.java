/**
 * The ledger and outbox in PostgreSQL (schema {@code responder}, migrated by Flyway): INTENT before
 * acting, APPLIED/VERIFIED after, each state change in one transaction with the messages it
 * decided, so every side effect happens at most once and every outcome is published from the
 * outbox.
 */
package dev.responder.remediator.ledger;
