/**
 * The Kafka Streams adapter: {@link dev.responder.correlator.topology.CorrelatorTopology} builds
 * the topology as a pure function of topics, catalog ports and configuration; the processors here
 * adapt the domain's decisions to state stores, punctuators and records. See docs/correlator.md.
 */
package dev.responder.correlator.topology;
