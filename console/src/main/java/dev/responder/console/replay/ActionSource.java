package dev.responder.console.replay;

import dev.responder.schemas.avro.IncidentEvent;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/** Tells which actions an incident got ({@code step on target}), or empty when unknown. */
@FunctionalInterface
interface ActionSource {

  Optional<SortedSet<String>> actions(
      String incidentId, String openedBy, List<IncidentEvent> events);
}
