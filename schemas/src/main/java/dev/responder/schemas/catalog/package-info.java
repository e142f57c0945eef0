/**
 * The runbook catalog: the operators' runbook as validated, versioned data (plain records), and the
 * pure decisions made from it: {@link dev.responder.schemas.catalog.Classifier} (which runbook,
 * severity and incident an alert belongs to), {@link dev.responder.schemas.catalog.ResponseClock}
 * (response deadlines and escalation) and {@link dev.responder.schemas.catalog.OnCallSchedule} (who
 * commands). The loader lives in {@code catalog.load}; see DESIGN.md beside this package.
 */
package dev.responder.schemas.catalog;
