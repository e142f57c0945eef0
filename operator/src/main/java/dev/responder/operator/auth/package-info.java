/**
 * Who is asking: users with a role, loaded from a users file that holds only hashed secrets (bcrypt
 * for passwords, SHA-256 for random API tokens), and the check of an {@code Authorization} header
 * against them. Free of Jetty and Kafka.
 */
package dev.responder.operator.auth;
