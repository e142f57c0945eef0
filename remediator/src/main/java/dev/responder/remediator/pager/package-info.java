/**
 * The pager: reads incident events and step outcomes, asks the paging rules who hears what, folds
 * channel updates in a storm, delivers each notice at least once (retries with backoff, honouring
 * Retry-After), records every delivery as a NOTIFICATION outcome, pages the next level when a page
 * cannot be delivered, and counts failures for the alert rule. Runs beside the remediator's loop.
 */
package dev.responder.remediator.pager;
