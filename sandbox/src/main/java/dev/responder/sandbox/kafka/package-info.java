/**
 * The real Kafka KRaft broker (combined broker and controller) run as a child JVM, with Responder's
 * topic catalogue created on it.
 */
package dev.responder.sandbox.kafka;
