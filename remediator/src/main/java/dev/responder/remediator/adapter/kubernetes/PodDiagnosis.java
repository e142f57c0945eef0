package dev.responder.remediator.adapter.kubernetes;

import io.fabric8.kubernetes.api.model.ContainerState;
import io.fabric8.kubernetes.api.model.ContainerStateTerminated;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Why a pod is unhealthy, as {@code kubectl describe pod} shows it: the conditions that do not hold
 * (with reason and message), each container's waiting reason and last termination (reason, exit
 * code, when), and the pod's own events, newest first. Only pods that are not ready or have
 * restarted get one; a healthy pod's description would bury the evidence.
 */
final class PodDiagnosis {

  /** At most this many of a pod's events are attached. */
  static final int MAX_EVENTS = 10;

  private PodDiagnosis() {}

  static boolean needsDiagnosis(Pod pod) {
    return !PodSummary.isReady(pod) || PodSummary.restarts(pod) > 0;
  }

  /** Indented lines to print under the pod's summary line. */
  static List<String> lines(Pod pod, List<Event> namespaceEvents) {
    List<String> lines = new ArrayList<>();
    conditions(pod).stream()
        .filter(c -> !"True".equals(c.getStatus()))
        .forEach(
            c ->
                lines.add(
                    "  condition %s=%s%s"
                        .formatted(
                            c.getType(), c.getStatus(), because(c.getReason(), c.getMessage()))));
    for (ContainerStatus status : containerStatuses(pod)) {
      Optional.ofNullable(status.getState())
          .map(ContainerState::getWaiting)
          .ifPresent(
              waiting ->
                  lines.add(
                      "  container %s waiting%s"
                          .formatted(
                              status.getName(),
                              because(waiting.getReason(), waiting.getMessage()))));
      Optional.ofNullable(status.getLastState())
          .map(ContainerState::getTerminated)
          .ifPresent(last -> lines.add("  container " + status.getName() + " " + terminated(last)));
    }
    namespaceEvents.stream()
        .filter(e -> isAbout(e, pod))
        .sorted(PodSummary.NEWEST_FIRST)
        .limit(MAX_EVENTS)
        .forEach(e -> lines.add("  event " + PodSummary.line(e)));
    return lines;
  }

  private static String terminated(ContainerStateTerminated last) {
    return "last terminated: %s (exit code %s) at %s%s"
        .formatted(
            last.getReason(),
            last.getExitCode(),
            last.getFinishedAt(),
            last.getMessage() == null ? "" : ": " + last.getMessage());
  }

  private static boolean isAbout(Event event, Pod pod) {
    var object = event.getInvolvedObject();
    return object != null
        && "Pod".equals(object.getKind())
        && pod.getMetadata().getName().equals(object.getName());
  }

  private static String because(String reason, String message) {
    if (reason == null && message == null) {
      return "";
    }
    return " (" + (reason == null ? "" : reason) + (message == null ? "" : ": " + message) + ")";
  }

  private static List<PodCondition> conditions(Pod pod) {
    return pod.getStatus() == null || pod.getStatus().getConditions() == null
        ? List.of()
        : pod.getStatus().getConditions();
  }

  private static List<ContainerStatus> containerStatuses(Pod pod) {
    return pod.getStatus() == null || pod.getStatus().getContainerStatuses() == null
        ? List.of()
        : pod.getStatus().getContainerStatuses();
  }
}
