/**
 * The ingest service: receives Alertmanager webhooks and CRM events over HTTP and stores each alert
 * as an Avro record on {@code responder.alerts.v1}, acknowledging a request only once Kafka has
 * every record. {@link dev.responder.ingest.IngestService} wires the parts; {@link
 * dev.responder.ingest.IngestConfig} is its configuration.
 */
package dev.responder.ingest;
