package dev.responder.app.local;

import dev.responder.correlator.CorrelatorConfig;
import dev.responder.correlator.CorrelatorService;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.runtime.oncall.RefreshingCalendar;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The correlator in local mode: the sandbox broker, the derived catalog, a state directory of its
 * own beside the derived catalog under {@code .responder/local/} (so each local stack's state is
 * its own and goes with it) that is removed on close, any free port. {@code RESPONDER_CORRELATOR_*}
 * tuning from the environment is kept; the wiring to the local stack is not overridable.
 */
final class LocalCorrelator {

  private static final Logger LOGGER = LoggerFactory.getLogger(LocalCorrelator.class);

  private LocalCorrelator() {}

  static LocalService start(LocalContext context) throws IOException {
    Path stateDir = Files.createDirectories(context.catalog().resolveSibling("correlator-state"));
    Map<String, String> settings = new HashMap<>(System.getenv());
    settings.put(CorrelatorConfig.BOOTSTRAP, context.kafka().bootstrapServers());
    settings.put(CorrelatorConfig.STATE_DIR, stateDir.toString());
    settings.put(CorrelatorConfig.HTTP_PORT, "0");
    settings.put(CorrelatorConfig.CATALOG, context.catalog().toString());
    try {
      CorrelatorConfig config = CorrelatorConfig.fromMap(settings);
      CatalogPorts catalog = CatalogPorts.load(config.catalogFile());
      // The stream thread reads the calendar's snapshot; this thread re-reads the file.
      catalog.onCallCalendar().ifPresent(c -> c.startRefreshing(RefreshingCalendar.REFRESH_EVERY));
      CorrelatorService service =
          CorrelatorService.start(
              config,
              CorrelatorTopics.standard(),
              catalog.classifier(),
              catalog.policy(),
              catalog.severityRules(),
              catalog.inhibitRules(),
              catalog.heartbeats());
      catalog.onCallCalendar().ifPresent(c -> c.bindTo(service.registry()));
      // A pod would be restarted (the service's /livez fails); here the rest of the stack goes on,
      // so say loudly that alerts no longer become incidents.
      service
          .stoppedByItself()
          .thenAccept(
              reason ->
                  LOGGER.error(
                      "the correlator stopped: {}; alerts no longer become incidents: stop local"
                          + " mode and start it again",
                      reason));
      return new RunningService(
          "correlator",
          URI.create("http://127.0.0.1:" + service.httpPort()),
          () -> {
            service.close();
            delete(stateDir);
          });
    } catch (RuntimeException e) {
      delete(stateDir);
      throw e;
    }
  }

  private static void delete(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not remove the correlator's state " + directory, e);
    }
  }
}
