package dev.responder.remediator.service;

/**
 * Where the ledger and outbox live: Responder's own PostgreSQL database, with a pool of its own, so
 * an incident that exhausts the CRM database cannot starve the component that repairs it. {@code
 * sharesCrmDatabase} is true when no ledger database was configured and the CRM's settings stand in
 * (the old layout, logged as a warning at start).
 */
public record LedgerDatabase(
    String jdbcUrl, String user, String password, int poolSize, boolean sharesCrmDatabase) {}
