/**
 * Redis from the machine's {@code redis-server} or the one bundled by codemonstur embedded-redis.
 */
package dev.responder.sandbox.redis;
