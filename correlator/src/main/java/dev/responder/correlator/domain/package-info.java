/**
 * The correlator's decisions as pure Java: dedup identity, grouping, the incident state machine,
 * silences, inhibition, severity from check results, response clocks and escalation. Nothing here
 * imports Kafka; the topology package adapts these decisions to state stores and topics, and tests
 * call them directly.
 */
package dev.responder.correlator.domain;
