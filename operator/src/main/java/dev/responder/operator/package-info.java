/**
 * The operator API: people authenticate, the domain validates what they ask against the incidents,
 * approvals and silences it follows on Kafka, and accepted requests become {@code Command} records
 * on {@code responder.commands.v1}, written by this service alone. {@link
 * dev.responder.operator.OperatorService} is the composition root.
 */
package dev.responder.operator;
