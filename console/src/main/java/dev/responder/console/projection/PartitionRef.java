package dev.responder.console.projection;

/** One partition of one topic, as the projection tracks its reading position. */
public record PartitionRef(String topic, int partition) {}
