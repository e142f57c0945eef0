/**
 * The operator API's Kafka adapters: the writer of {@code responder.commands.v1} (acks=all,
 * idempotent; an answer only once the command is durable) and the follower that feeds the view from
 * the incidents, outcomes and commands topics.
 */
package dev.responder.operator.kafka;
