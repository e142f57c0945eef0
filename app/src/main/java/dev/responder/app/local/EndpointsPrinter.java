package dev.responder.app.local;

import java.io.PrintWriter;
import java.util.List;

/** The CLI's own output once a local stack is up: each endpoint, and how to look inside. */
final class EndpointsPrinter {

  private EndpointsPrinter() {}

  static void print(
      PrintWriter out,
      Endpoints endpoints,
      List<LocalService> services,
      LocalDirectory directory,
      double seconds) {
    out.printf("responder local: ready in %.1f s (pid %d)%n", seconds, endpoints.pid());
    out.println("  ingest       " + endpoints.ingest() + "  (POST /v1/alertmanager, /v1/events)");
    out.println("  ingest token " + directory.tokenFile() + "  (Authorization: Bearer <token>)");
    out.println(
        "  console      "
            + (endpoints.console() == null ? "(not yet part of local mode)" : endpoints.console()));
    out.println("  kafka        " + endpoints.kafka());
    out.println("  jdbc         " + endpoints.jdbc());
    out.println("  redis        " + endpoints.redis());
    out.println("  kubernetes   " + endpoints.kubernetes());
    for (LocalService service : services) {
      if (!service.name().equals("ingest") && !service.name().equals("console")) {
        service
            .uri()
            .ifPresent(
                uri ->
                    out.printf("  %-12s %s  (/livez, /readyz, /metrics)%n", service.name(), uri));
      }
    }
    out.println("  catalog      " + directory.catalogFile());
    out.println(
        "All of it is in "
            + directory.endpointsFile()
            + ". Ctrl-C (or kill -TERM "
            + endpoints.pid()
            + ") stops everything.");
    out.flush();
  }
}
