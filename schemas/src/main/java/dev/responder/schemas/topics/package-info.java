/**
 * The typed, immutable topic catalogue: every Kafka topic Responder reads or writes, with its
 * partitions, topic configs and the serdes of its keys and values. Services and the sandbox create
 * and address topics only through it.
 */
package dev.responder.schemas.topics;
