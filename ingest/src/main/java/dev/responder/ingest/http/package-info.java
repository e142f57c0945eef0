/**
 * The HTTP adapter on Jetty 12: the two receivers ({@code POST /v1/alertmanager}, {@code POST
 * /v1/events}) and the probes ({@code /livez}, {@code /readyz}, {@code /metrics}). It maps parse
 * problems to 4xx and storage failures to 503, so senders retry exactly what may succeed later.
 */
package dev.responder.ingest.http;
