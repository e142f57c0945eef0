package dev.responder.ingest.http;

import dev.responder.ingest.metrics.IngestMetrics;
import dev.responder.ingest.publish.AlertPublisher;
import java.time.Clock;
import java.time.Duration;

/**
 * What both receivers share: who may send, where alerts go, what is counted, the body limit, the
 * {@code Retry-After} answered with 503, the clock stamping receive times, and the longest a
 * request waits for the publisher before it is answered 503 (whatever the publisher's thread is
 * still blocked in).
 */
public record ReceiverSettings(
    Authenticator authenticator,
    AlertPublisher publisher,
    IngestMetrics metrics,
    int maxBodyBytes,
    Duration retryAfter,
    Clock clock,
    Duration answerWithin) {}
