package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;

/** What a severity means to the operators and how soon it must be responded to. */
public record SeverityLevel(Severity severity, String description, ResponseTime responseTime) {}
