/**
 * An incident's history as the projection holds it: the incident list, and the timeline of alerts,
 * lifecycle events, commands (with their authors), checks (with evidence), actions, verifications,
 * notifications and escalations. {@code HistoryStore} reads PostgreSQL; the timeline itself is
 * built by pure code.
 */
package dev.responder.console.history;
