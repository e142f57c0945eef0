/** Integration specifications on the sandbox's real Kafka, PostgreSQL, Redis and Kubernetes API. */
package dev.responder.console.it;
