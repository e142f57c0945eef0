package dev.responder.remediator.adapter.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Reads pods and events the way {@code kubectl get} prints them. */
final class PodSummary {

  /** Newest first; an event with no last timestamp falls back to its first, then to the end. */
  static final Comparator<Event> NEWEST_FIRST =
      Comparator.comparing(PodSummary::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()));

  private PodSummary() {}

  static boolean isReady(Pod pod) {
    return Optional.ofNullable(pod.getStatus())
        .map(status -> status.getConditions())
        .orElse(List.of())
        .stream()
        .anyMatch(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()));
  }

  static int restarts(Pod pod) {
    return containerStatuses(pod).stream()
        .map(ContainerStatus::getRestartCount)
        .filter(count -> count != null)
        .mapToInt(Integer::intValue)
        .sum();
  }

  static String line(Pod pod) {
    String phase = pod.getStatus() == null ? "Unknown" : pod.getStatus().getPhase();
    return "%s %s ready=%s restarts=%d"
        .formatted(pod.getMetadata().getName(), phase, isReady(pod), restarts(pod));
  }

  static String line(Event event) {
    return "%s %s %s %s/%s: %s"
        .formatted(
            lastSeen(event),
            event.getType(),
            event.getReason(),
            event.getInvolvedObject() == null ? "?" : event.getInvolvedObject().getKind(),
            event.getInvolvedObject() == null ? "?" : event.getInvolvedObject().getName(),
            event.getMessage());
  }

  private static String lastSeen(Event event) {
    return event.getLastTimestamp() != null ? event.getLastTimestamp() : event.getFirstTimestamp();
  }

  private static List<ContainerStatus> containerStatuses(Pod pod) {
    return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
        ? List.of()
        : pod.getStatus().getContainerStatuses();
  }
}
