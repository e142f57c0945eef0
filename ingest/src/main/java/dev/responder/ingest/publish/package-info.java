/**
 * The port between receiving and storing: {@link dev.responder.ingest.publish.AlertPublisher}
 * answers, per request, whether every alert is durably stored, with the failure as a value. The
 * Kafka adapter implements it; the HTTP layer maps its answer to status codes.
 */
package dev.responder.ingest.publish;
