/**
 * The correlator's operational HTTP endpoints (Jetty): liveness, readiness and Prometheus metrics.
 */
package dev.responder.correlator.http;
