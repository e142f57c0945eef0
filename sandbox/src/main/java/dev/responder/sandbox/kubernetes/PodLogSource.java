package dev.responder.sandbox.kubernetes;

/**
 * What the sandbox's Kubernetes API answers to {@code GET .../pods/NAME/log}: the mock server keeps
 * no container logs, so whoever simulates the containers (the CRM simulator) supplies them.
 */
@FunctionalInterface
public interface PodLogSource {

  /** A source that knows no pod: every log is empty, as for a container that printed nothing. */
  PodLogSource EMPTY = (namespace, pod, tailLines) -> "";

  /**
   * The pod's log, one line per {@code \n}.
   *
   * @param tailLines how many of the last lines to return, or -1 for all of them
   */
  String log(String namespace, String pod, int tailLines);

  /**
   * One container's log ({@code ?container=NAME}, as {@code kubectl logs -c} asks it); by default
   * every container of the pod has the pod's log. A pod with sidecars overrides this.
   *
   * @param container the container asked for, or null when the request named none
   */
  default String log(String namespace, String pod, String container, int tailLines) {
    return log(namespace, pod, tailLines);
  }
}
