package dev.responder.console.replay;

import dev.responder.console.projection.LogPosition;
import java.time.Instant;

/** One decoded record of the log with where it was read and its event time. */
public record Recorded<V>(LogPosition position, Instant eventTime, String key, V value) {}
