package dev.responder.console.replay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares two sets of incident fates. Incidents are paired by id, then the rest by the alert that
 * opened them (a catalog that reclassifies an alert names its incident differently); what stays
 * unpaired appears or vanishes. Actions are compared only where both sides know them.
 */
public final class FateDiff {

  private FateDiff() {}

  public static List<Difference> between(List<IncidentFate> before, List<IncidentFate> after) {
    Map<String, IncidentFate> unmatchedAfter = new LinkedHashMap<>();
    after.forEach(f -> unmatchedAfter.put(f.incidentId(), f));
    Map<String, IncidentFate> afterByOpening = new HashMap<>();
    after.forEach(f -> afterByOpening.putIfAbsent(f.openedBy(), f));
    List<Difference> differences = new ArrayList<>();
    for (IncidentFate recorded : before) {
      IncidentFate replayed = unmatchedAfter.remove(recorded.incidentId());
      if (replayed == null) {
        replayed = afterByOpening.get(recorded.openedBy());
        if (replayed != null && unmatchedAfter.remove(replayed.incidentId()) == null) {
          replayed = null;
        }
      }
      if (replayed == null) {
        differences.add(
            new Difference(
                Difference.Kind.VANISHES, recorded.incidentId(), describe(recorded), ""));
      } else {
        compare(recorded, replayed, differences);
      }
    }
    unmatchedAfter
        .values()
        .forEach(
            f ->
                differences.add(
                    new Difference(Difference.Kind.APPEARS, f.incidentId(), "", describe(f))));
    return differences;
  }

  private static void compare(IncidentFate before, IncidentFate after, List<Difference> out) {
    String id = before.incidentId();
    if (!before.runbookId().equals(after.runbookId())) {
      out.add(
          new Difference(
              Difference.Kind.RUNBOOK,
              id,
              before.runbookId(),
              after.runbookId() + " (as " + after.incidentId() + ")"));
    }
    if (!before.severity().equals(after.severity())) {
      out.add(new Difference(Difference.Kind.SEVERITY, id, before.severity(), after.severity()));
    }
    if (before.actions().isPresent()
        && after.actions().isPresent()
        && !before.actions().equals(after.actions())) {
      out.add(
          new Difference(
              Difference.Kind.ACTIONS, id, text(before.actions()), text(after.actions())));
    }
    if (!Objects.equals(before.escalations(), after.escalations())) {
      out.add(
          new Difference(
              Difference.Kind.ESCALATIONS,
              id,
              before.escalations().toString(),
              after.escalations().toString()));
    }
  }

  private static String text(Optional<? extends java.util.Collection<String>> actions) {
    return actions.map(Object::toString).orElse("unknown");
  }

  private static String describe(IncidentFate fate) {
    return "%s %s, opened by %s".formatted(fate.severity(), fate.runbookId(), fate.openedBy());
  }
}
