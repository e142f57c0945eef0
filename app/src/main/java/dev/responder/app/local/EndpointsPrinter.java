package dev.responder.app.local;

import java.io.PrintWriter;
import java.util.List;

/** The CLI's own output once a local stack is up: each endpoint, and how to look inside. */
public final class EndpointsPrinter {

  private EndpointsPrinter() {}

  static void print(PrintWriter out, LocalStack stack, LocalDirectory directory, double seconds) {
    Endpoints endpoints = stack.endpoints();
    List<LocalService> services = stack.services();
    out.printf("responder local: ready in %.1f s (pid %d)%n", seconds, endpoints.pid());
    out.println("  ingest       " + endpoints.ingest() + "  (POST /v1/alertmanager, /v1/events)");
    out.println(
        "  ingest token "
            + directory.tokenFile()
            + "  (Alertmanager, /v1/alertmanager: Authorization: Bearer <token>)");
    out.println(
        "  events token " + directory.eventsTokenFile() + "  (CRM application, /v1/events)");
    out.println(
        "  console      "
            + (endpoints.console() == null ? "(not yet part of local mode)" : endpoints.console()));
    if (services.stream().anyMatch(s -> s.name().equals("operator"))) {
      out.println(
          "  operators    carol (approver), dave (responder), vic (viewer); tokens in "
              + directory.operatorTokenFile("USER")
              + "  (./responder approvals --as carol)");
    }
    if (endpoints.web() != null) {
      out.println(
          "  web console  "
              + endpoints.web()
              + "/console  (sign in as carol, dave or vic; passwords in "
              + directory.operatorPasswordFile("USER")
              + ")");
      out.println("  status page  " + endpoints.web() + "/status  (public; also .json and .atom)");
    }
    out.println("  kafka        " + endpoints.kafka());
    out.println("  jdbc         " + endpoints.jdbc());
    out.println("  redis        " + endpoints.redis());
    out.println("  kubernetes   " + endpoints.kubernetes());
    for (LocalService service : services) {
      if (!List.of("ingest", "console", "operator", "web").contains(service.name())) {
        service
            .uri()
            .ifPresent(
                uri ->
                    out.printf("  %-12s %s  (/livez, /readyz, /metrics)%n", service.name(), uri));
      }
    }
    out.println(
        "  simulator    "
            + stack.simulator().controlUrl()
            + "  (GET /state, POST /faults/NAME?count=N; see docs/local-mode.md)");
    out.println("  catalog      " + directory.catalogFile());
    printCatalogChanges(out, stack.catalogChanges());
    out.println(
        "All of it is in "
            + directory.endpointsFile()
            + ". Ctrl-C (or kill -TERM "
            + endpoints.pid()
            + ") stops everything.");
    out.flush();
  }

  /** Says plainly which of the runbook's waits local mode shortened, so no one mistakes them. */
  public static void printCatalogChanges(PrintWriter out, List<String> changes) {
    if (changes.isEmpty()) {
      return;
    }
    out.println("  The local catalog shortens these waits so the demo runs in minutes");
    out.println("  (start with --as-written to keep the catalog's own):");
    changes.forEach(change -> out.println("    " + change));
  }
}
