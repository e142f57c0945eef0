package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Alert;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The alerts expected to keep arriving (Alertmanager's {@code Watchdog}, a CRM event source) and
 * how long each may stay away. A heartbeat never opens an incident; its silence does, through
 * {@link HeartbeatMonitor}.
 */
public final class Heartbeats {

  /** No heartbeats: every alert goes to the classifier, and nothing is ever reported lost. */
  public static final Heartbeats NONE = new Heartbeats("none", List.of());

  /** One heartbeat: its name, which labels make an alert one of its beats, and its window. */
  public record Spec(String name, Predicate<Map<String, String>> matches, Duration missingAfter) {
    public Spec {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(matches, "matches");
      Objects.requireNonNull(missingAfter, "missingAfter");
    }

    /** The routing key of its beats and of its lost incident: one task holds both. */
    public String key() {
      return "heartbeat/" + name;
    }
  }

  private final String catalogVersion;
  private final List<Spec> specs;

  public Heartbeats(String catalogVersion, List<Spec> specs) {
    this.catalogVersion = Objects.requireNonNull(catalogVersion, "catalogVersion");
    this.specs = List.copyOf(specs);
  }

  /** The heartbeat this alert is a beat of, the first listed when several match. */
  public Optional<Spec> match(Alert alert) {
    if (specs.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> labels = alert.getLabels();
    return specs.stream().filter(spec -> spec.matches().test(labels)).findFirst();
  }

  public List<Spec> all() {
    return specs;
  }

  public String catalogVersion() {
    return catalogVersion;
  }
}
