/**
 * How every service's Kafka clients authenticate: the security settings shared by ingest, the
 * correlator, the remediator and the console, read once from {@code RESPONDER_KAFKA_*} entries and
 * added to each client's properties. No Kafka library is needed to read them.
 */
package dev.responder.runtime.kafka;
