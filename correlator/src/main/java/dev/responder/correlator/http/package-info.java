/** The correlator's operational HTTP endpoints: liveness, readiness and Prometheus metrics. */
package dev.responder.correlator.http;
