/**
 * Integration tests of the correlator on the sandbox's real Kafka broker: restarts, scale-out and
 * dead letters, each run on its own topics so runs can be compared record for record.
 */
package dev.responder.correlator.it;
