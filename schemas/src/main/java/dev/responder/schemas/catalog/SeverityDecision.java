package dev.responder.schemas.catalog;

import dev.responder.schemas.avro.Severity;

/** A severity together with the reason it was chosen, for explanations and audit. */
public record SeverityDecision(Severity severity, String reason) {}
