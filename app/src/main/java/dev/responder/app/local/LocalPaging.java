package dev.responder.app.local;

import dev.responder.remediator.paging.Contact;
import dev.responder.sandbox.paging.PagerDutyLoopback;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Paging in local mode: a loopback PagerDuty (it checks every event against the Events API v2
 * format and keeps the alerts) receives the pages of every {@code pager:} contact of the catalog's
 * escalation path; channel updates, mail and the rest go to the simulator's chat webhook, as
 * runbook notifications always have. Writes the delivery config and its routing-key files beside
 * the derived catalog.
 */
final class LocalPaging implements AutoCloseable {

  private final PagerDutyLoopback pagerDuty;
  private final Path config;
  private final List<Path> written;

  private LocalPaging(PagerDutyLoopback pagerDuty, Path config, List<Path> written) {
    this.pagerDuty = pagerDuty;
    this.config = config;
    this.written = written;
  }

  static LocalPaging start(Path catalogFile) throws IOException {
    Catalog catalog = CatalogLoader.require(catalogFile);
    Path dir = Files.createDirectories(catalogFile.resolveSibling("delivery"));
    List<Path> written = new ArrayList<>();
    Set<String> pagers = new LinkedHashSet<>();
    catalog.escalation().stream()
        .flatMap(level -> level.contacts().stream())
        .map(Contact::parse)
        .filter(contact -> contact.scheme() == Contact.Scheme.PAGER)
        .forEach(contact -> pagers.add(contact.address()));
    for (String pager : pagers) {
      written.add(Files.writeString(dir.resolve("pagerduty-" + pager), routingKey(pager)));
    }
    PagerDutyLoopback pagerDuty = new PagerDutyLoopback(Clock.systemUTC());
    String routes =
        pagers.stream()
            .map(pager -> "\"" + pager + "\": pagerduty-" + pager)
            .collect(Collectors.joining(", "));
    Path config =
        Files.writeString(
            dir.resolve("delivery.yaml"),
            """
            # Written by local mode (docs/paging.md): pages to a loopback PagerDuty, everything else
            # to the simulator's chat webhook.
            incidentChannel: "slack:#crm-incidents"
            stormWindow: 1m
            retry: {attempts: 3, first: 500ms, max: 5s}
            pagerduty:
              url: "%s"
              routingKeyFiles: {%s}
            """
                .formatted(pagerDuty.enqueue(), routes));
    written.add(config);
    written.add(dir);
    return new LocalPaging(pagerDuty, config, written);
  }

  Path config() {
    return config;
  }

  PagerDutyLoopback pagerDuty() {
    return pagerDuty;
  }

  /** A 32-character stand-in for an integration key, as PagerDuty's format requires. */
  private static String routingKey(String pager) {
    String key = ("local" + pager.replaceAll("[^A-Za-z0-9]", "")).toUpperCase();
    return (key + "0".repeat(32)).substring(0, 32);
  }

  @Override
  public void close() {
    pagerDuty.close();
    // Local mode leaves nothing behind: the files first, then their directory (in that order).
    for (Path path : written) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException e) {
        // A file someone else put there keeps the directory; the next start overwrites the rest.
      }
    }
  }
}
