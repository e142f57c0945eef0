/** PostgreSQL 14 from zonky's bundled binaries, holding the runbook's {@code crm} database. */
package dev.responder.sandbox.postgres;
