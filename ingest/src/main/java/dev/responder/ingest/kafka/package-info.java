/**
 * The Kafka adapter: a producer tuned so an acknowledgement means the record is on every in-sync
 * replica, with bounded waits so the HTTP answer always comes inside the sender's timeout, and a
 * cached reachability check for readiness.
 */
package dev.responder.ingest.kafka;
