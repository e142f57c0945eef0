package dev.responder.sandbox.kubernetes;

import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's CRUD dispatcher plus the one read it lacks: {@code GET
 * /api/v1/namespaces/NS/pods/NAME/log} (as {@code kubectl logs} and fabric8's {@code getLog()} ask
 * it), answered from a replaceable {@link PodLogSource}. Every other request is plain CRUD.
 */
public final class PodLogsDispatcher extends KubernetesCrudDispatcher {

  private static final Pattern LOG_PATH =
      Pattern.compile("^/api/v1/namespaces/([^/]+)/pods/([^/]+)/log$");
  private static final Pattern CONTAINER = Pattern.compile("(?:^|&)container=([^&]+)");
  private static final Pattern TAIL_LINES = Pattern.compile("(?:^|&)tailLines=(\\d+)");

  private volatile PodLogSource logs = PodLogSource.EMPTY;

  /** Replaces where pod logs come from. */
  public void serveLogsFrom(PodLogSource source) {
    this.logs = Objects.requireNonNull(source, "source");
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    URI uri = URI.create(request.getPath());
    Matcher path = LOG_PATH.matcher(uri.getPath());
    if (!"GET".equals(request.getMethod()) || !path.matches()) {
      return super.dispatch(request);
    }
    String log =
        logs.log(
            path.group(1),
            path.group(2),
            container(uri.getRawQuery()),
            tailLines(uri.getRawQuery()));
    if (log == null) {
      return new MockResponse()
          .setResponseCode(404)
          .setHeader("Content-Type", "application/json")
          .setBody(
              "{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":\"Failure\",\"reason\":"
                  + "\"NotFound\",\"code\":404,\"message\":\"pods \\\""
                  + path.group(2)
                  + "\\\" not found\"}");
    }
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "text/plain")
        .setBody(log);
  }

  private static String container(String query) {
    if (query == null) {
      return null;
    }
    Matcher container = CONTAINER.matcher(query);
    return container.find() ? container.group(1) : null;
  }

  private static int tailLines(String query) {
    if (query == null) {
      return -1;
    }
    Matcher tail = TAIL_LINES.matcher(query);
    return tail.find() ? Integer.parseInt(tail.group(1)) : -1;
  }
}
