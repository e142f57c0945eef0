package dev.responder.sandbox.crm;

import dev.responder.sandbox.kubernetes.PodLogSource;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The simulated containers' logs, kept per pod in a bounded buffer and served through the
 * Kubernetes API's log endpoint. Each line starts with its time and level like the CRM's own log
 * lines. A pod that wrote nothing (or is unknown) has an empty log.
 */
final class PodLogBook implements PodLogSource {

  private final Clock clock;
  private final int maxLinesPerPod;
  private final Map<String, Deque<String>> logs = new ConcurrentHashMap<>();

  PodLogBook(Clock clock, int maxLinesPerPod) {
    this.clock = clock;
    this.maxLinesPerPod = maxLinesPerPod;
  }

  void info(String pod, String message) {
    append(pod, "INFO  " + message);
  }

  void warn(String pod, String message) {
    append(pod, "WARN  " + message);
  }

  void error(String pod, String message) {
    append(pod, "ERROR " + message);
  }

  /** Lines printed as they are (a stack trace), each with its time like every line. */
  void raw(String pod, List<String> lines) {
    lines.forEach(line -> append(pod, line));
  }

  private void append(String pod, String line) {
    Deque<String> log = logs.computeIfAbsent(pod, name -> new ArrayDeque<>());
    synchronized (log) {
      log.addLast(clock.instant() + " " + line);
      while (log.size() > maxLinesPerPod) {
        log.removeFirst();
      }
    }
  }

  /** Forgets a deleted pod's log. */
  void forget(String pod) {
    logs.remove(pod);
  }

  @Override
  public String log(String namespace, String pod, int tailLines) {
    Deque<String> log = logs.get(pod);
    if (log == null) {
      return "";
    }
    List<String> lines;
    synchronized (log) {
      lines = List.copyOf(log);
    }
    int from = tailLines < 0 ? 0 : Math.max(0, lines.size() - tailLines);
    StringBuilder text = new StringBuilder();
    lines.subList(from, lines.size()).forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }
}
