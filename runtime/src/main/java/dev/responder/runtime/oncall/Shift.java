package dev.responder.runtime.oncall;

import java.time.Instant;

/**
 * One person on call at one level from {@code start} (inclusive) to {@code end} (exclusive); {@code
 * order} is the event's place in its file, which settles two shifts that start together.
 */
record Shift(int level, String person, Instant start, Instant end, int order) {}
