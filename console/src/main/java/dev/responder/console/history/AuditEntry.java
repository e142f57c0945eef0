package dev.responder.console.history;

import com.fasterxml.jackson.databind.JsonNode;
import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.RecordKind;
import java.time.Instant;

/** One projected record read back for a timeline: kind, position, time and canonical content. */
public record AuditEntry(
    RecordKind kind, LogPosition position, Instant occurredAt, JsonNode content) {}
