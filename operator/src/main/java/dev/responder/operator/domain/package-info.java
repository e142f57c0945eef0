/**
 * The operator API's decisions, free of Jetty and Kafka: what the people may ask ({@link
 * dev.responder.operator.domain.CommandDesk}), checked against the incidents, approvals, silences
 * and on-call overrides followed from Kafka ({@link dev.responder.operator.domain.OperatorView})
 * and the catalog's approval rules. A request becomes either a command to write or a {@link
 * dev.responder.operator.domain.Refusal} with a reason and a message.
 */
package dev.responder.operator.domain;
