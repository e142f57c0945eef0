/**
 * Real infrastructure started from Java, once per JVM, for tests and local mode: {@link
 * dev.responder.sandbox.Sandbox} hands out a Kafka broker, PostgreSQL, Redis and a Kubernetes API,
 * each started lazily on free loopback ports and stopped at JVM exit.
 */
package dev.responder.sandbox;
