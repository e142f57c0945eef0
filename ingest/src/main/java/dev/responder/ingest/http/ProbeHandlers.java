package dev.responder.ingest.http;

import dev.responder.ingest.publish.Readiness;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** The endpoints every Responder service has: liveness, readiness and Prometheus metrics. */
final class ProbeHandlers {

  private ProbeHandlers() {}

  /** Alive while the process can answer at all: restarting would not fix Kafka being down. */
  static Handler livez() {
    return new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        JsonAnswers.write(response, 200, Map.of("status", "alive"), callback);
        return true;
      }
    };
  }

  /** Ready only while Kafka is reachable, so a load balancer sends alerts where they can land. */
  static Handler readyz(Readiness readiness) {
    return new Handler.Abstract.NonBlocking() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        boolean ready = readiness.isReady();
        JsonAnswers.write(
            response,
            ready ? 200 : 503,
            Map.of("status", ready ? "ready" : "kafka unreachable"),
            callback);
        return true;
      }
    };
  }

  static Handler metrics(PrometheusMeterRegistry registry) {
    return new Handler.Abstract() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        response.setStatus(200);
        response
            .getHeaders()
            .put(HttpHeader.CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8");
        Content.Sink.write(response, true, registry.scrape(), callback);
        return true;
      }
    };
  }
}
