/**
 * The remediator as a service: its configuration, the Kafka consumer loop (incident events and
 * commands, read_committed), the outbox relay to Kafka, and the {@code /livez}, {@code /readyz} and
 * {@code /metrics} endpoints. {@link dev.responder.remediator.service.RemediatorService} is the
 * composition root.
 */
package dev.responder.remediator.service;
