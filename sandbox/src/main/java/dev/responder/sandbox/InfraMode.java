package dev.responder.sandbox;

/** How the sandbox runs Kafka, PostgreSQL and Redis. Kubernetes is always fabric8's mock server. */
public enum InfraMode {
  /** Child processes and bundled binaries on this machine: no Docker needed. */
  EMBEDDED,
  /** Docker containers through Testcontainers. */
  CONTAINERS
}
