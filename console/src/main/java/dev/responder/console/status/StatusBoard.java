package dev.responder.console.status;

import dev.responder.console.history.IncidentSummary;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Runbook;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides the status page from the incidents: a component is in outage while a P1 incident of one
 * of its runbooks is open (not resolved, not suppressed), degraded while any other is, operational
 * otherwise. Incidents of runbooks the catalog maps to no component (unclassified ones) stay off
 * the public page.
 */
public final class StatusBoard {

  /** How far back the page lists incidents. */
  public static final Duration HISTORY = Duration.ofDays(14);

  private final Map<String, String> componentByRunbook;
  private final List<String> components;

  /**
   * @param componentByRunbook each runbook id's component, in the order the page lists components
   */
  public StatusBoard(Map<String, String> componentByRunbook) {
    this.componentByRunbook = Map.copyOf(componentByRunbook);
    this.components = componentByRunbook.values().stream().distinct().toList();
  }

  /** The board of a catalog: its runbooks' components, in the catalog's order. */
  public static StatusBoard of(Catalog catalog) {
    Map<String, String> components = new LinkedHashMap<>();
    for (Runbook runbook : catalog.runbooks()) {
      components.put(runbook.id(), runbook.component());
    }
    return new StatusBoard(components);
  }

  /** The components the page has a row for, in order. */
  public List<String> components() {
    return components;
  }

  /**
   * The page at {@code now} from the incidents detected since {@code now - HISTORY} and any still
   * open.
   */
  public StatusReport report(List<IncidentSummary> incidents, Instant now) {
    Instant since = now.minus(HISTORY);
    List<PublicIncident> shown =
        incidents.stream()
            .filter(i -> !i.status().equals("SUPPRESSED"))
            .filter(i -> i.detectedAt().isAfter(since) || isOpen(i))
            .flatMap(i -> toPublic(i).stream())
            .sorted(Comparator.comparing(PublicIncident::startedAt).reversed())
            .toList();
    List<ComponentStatus> rows = new ArrayList<>();
    ComponentState overall = ComponentState.OPERATIONAL;
    for (String component : components) {
      List<PublicIncident> current =
          shown.stream().filter(i -> i.open() && i.component().equals(component)).toList();
      ComponentState state =
          current.stream()
              .map(PublicIncident::impact)
              .reduce(ComponentState.OPERATIONAL, ComponentState::worst);
      rows.add(new ComponentStatus(component, state, current));
      overall = overall.worst(state);
    }
    Instant updated =
        shown.stream().map(PublicIncident::updatedAt).max(Comparator.naturalOrder()).orElse(now);
    return new StatusReport(now, updated, overall, rows, shown);
  }

  private Optional<PublicIncident> toPublic(IncidentSummary incident) {
    String component = componentByRunbook.get(incident.runbookId());
    if (component == null) {
      return Optional.empty();
    }
    ComponentState impact =
        incident.severity().equals("P1") ? ComponentState.OUTAGE : ComponentState.DEGRADED;
    String phase = phase(incident);
    return Optional.of(
        new PublicIncident(
            incident.incidentId(),
            component,
            impact,
            phase,
            summary(phase, component, impact),
            incident.detectedAt(),
            isOpen(incident)
                ? Optional.empty()
                : Optional.of(incident.resolvedAt().orElse(incident.detectedAt())),
            lastChange(incident)));
  }

  private static boolean isOpen(IncidentSummary incident) {
    return !incident.status().equals("RESOLVED") && !incident.status().equals("SUPPRESSED");
  }

  private static String phase(IncidentSummary incident) {
    if (!isOpen(incident)) {
      return "resolved";
    }
    return incident.acknowledgedAt().isPresent() ? "identified" : "investigating";
  }

  private static String summary(String phase, String component, ComponentState impact) {
    String what = component + " " + (impact == ComponentState.OUTAGE ? "is down" : "is degraded");
    return switch (phase) {
      case "resolved" -> "Resolved: " + component + " works normally again.";
      case "identified" -> "Identified: " + what + "; our engineers are working on a fix.";
      default -> "Investigating: " + what + "; we are looking into it.";
    };
  }

  private static Instant lastChange(IncidentSummary incident) {
    return Stream.of(
            Optional.of(incident.detectedAt()), incident.acknowledgedAt(), incident.resolvedAt())
        .flatMap(Optional::stream)
        .max(Comparator.naturalOrder())
        .orElseThrow();
  }

  @Override
  public String toString() {
    return "StatusBoard" + Objects.toString(componentByRunbook);
  }
}
