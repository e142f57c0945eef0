/**
 * The correlator service: its configuration record and the runner that starts the Streams topology
 * with its HTTP endpoints. The decisions live in {@code domain}, the Kafka Streams adapters in
 * {@code topology}, the endpoints in {@code http}.
 */
package dev.responder.correlator;
