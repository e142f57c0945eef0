/**
 * The containers mode: Kafka, PostgreSQL and Redis as Docker containers through Testcontainers, for
 * machines with Docker. Nothing here is loaded unless that mode was chosen.
 */
package dev.responder.sandbox.containers;
