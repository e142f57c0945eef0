/**
 * The projection as a deployed service ({@code responder projection run}): its configuration from
 * {@code RESPONDER_*} settings, and its health and metrics endpoints.
 */
package dev.responder.console.service;
