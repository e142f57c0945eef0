/**
 * On-call sources kept outside the services' domains: a team's iCalendar schedule read into an
 * immutable snapshot of shifts, refreshed by a thread of its own so no stream thread does I/O.
 */
package dev.responder.runtime.oncall;
