/**
 * Test fixtures: in-memory implementations of the correlator's own ports (repositories, a small
 * classifier, a response policy with a weekday calendar) and alert builders. These are fakes of
 * pure interfaces we own, not mocks of infrastructure.
 */
package dev.responder.correlator.testing;
