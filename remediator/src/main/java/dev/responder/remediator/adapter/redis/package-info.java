/**
 * The Redis adapter (Lettuce): queue depth with {@code LLEN}. Commands are rejected at once while
 * disconnected and time out, so an outage is a fast, classified failure rather than a hang.
 */
package dev.responder.remediator.adapter.redis;
