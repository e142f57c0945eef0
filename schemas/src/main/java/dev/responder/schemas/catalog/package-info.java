/**
 * The runbook catalog: the operators' runbook as validated, versioned data (plain records), and the
 * pure decisions made from it: {@link dev.responder.schemas.catalog.Classifier} (which runbook,
 * severity and incident an alert belongs to), {@link dev.responder.schemas.catalog.ResponseClock}
 * (response deadlines and escalation) and {@link dev.responder.schemas.catalog.OnCallSchedule} (who
 * commands). The loader lives in {@code catalog.load}. The file format and the design are described
 * in docs/runbook-catalog.md.
 */
package dev.responder.schemas.catalog;
