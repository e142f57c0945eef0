package dev.responder.remediator.adapter.kubernetes;

import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Result;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.util.Set;

/** Classifies fabric8's exceptions: what may be retried, what cannot help, what timed out. */
final class KubernetesFailures {

  private static final Set<Integer> TRANSIENT_CODES = Set.of(409, 429, 502, 503, 504);

  private KubernetesFailures() {}

  static Result of(String what, RuntimeException e) {
    return Result.failed(kind(e), what + ": " + e.getMessage());
  }

  static FailureKind kind(RuntimeException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException) {
        return FailureKind.TRANSIENT;
      }
      if (cause instanceof InterruptedIOException) {
        return FailureKind.TIMEOUT;
      }
    }
    if (e instanceof KubernetesClientException k8s) {
      if (TRANSIENT_CODES.contains(k8s.getCode())) {
        return FailureKind.TRANSIENT;
      }
      if (k8s.getCode() == 0) {
        return FailureKind.UNAVAILABLE;
      }
    }
    return FailureKind.PERMANENT;
  }
}
