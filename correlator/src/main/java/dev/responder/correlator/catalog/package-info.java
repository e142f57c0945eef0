/**
 * Adapts the shared runbook catalog ({@code dev.responder.schemas.catalog}) to the correlator's
 * ports: classification, severity rules on check figures, response deadlines, the escalation path
 * and the on-call schedule.
 */
package dev.responder.correlator.catalog;
