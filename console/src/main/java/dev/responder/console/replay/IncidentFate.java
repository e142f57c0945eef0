package dev.responder.console.replay;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

/**
 * What became of one incident, in the terms replay compares: its runbook and severity at the end of
 * the window, the alert that opened it, the actions planned or taken, and its escalations.
 *
 * @param openedBy the opening alert's fingerprint and startsAt; pairs an incident with its
 *     counterpart when a catalog change renames it (a different runbook gives a different id)
 * @param actions {@code step on target} of every action whose conditions held; empty when nothing
 *     is known (the remediator recorded nothing for the incident)
 * @param escalations {@code level n at T} of every escalation, in order
 */
public record IncidentFate(
    String incidentId,
    String runbookId,
    String severity,
    String openedBy,
    Optional<SortedSet<String>> actions,
    List<String> escalations) {

  public IncidentFate {
    escalations = List.copyOf(escalations);
  }
}
