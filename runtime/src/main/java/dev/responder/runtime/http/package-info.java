/**
 * The operations endpoints every service process serves on Jetty: liveness, readiness and
 * Prometheus metrics, on a server of their own or mounted on the service's.
 */
package dev.responder.runtime.http;
