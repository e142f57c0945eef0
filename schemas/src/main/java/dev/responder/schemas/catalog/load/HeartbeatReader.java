package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.Heartbeat;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads {@code heartbeats}: names unique, matchers valid, {@code missingAfter} at least 1m. */
final class HeartbeatReader {

  private static final Set<String> FIELDS = Set.of("name", "matchers", "missingAfter");
  // A shorter window than a sender's repeat interval would report every healthy source lost.
  private static final Duration SHORTEST = Duration.ofMinutes(1);

  private final Reading reading;
  private final MatcherReader matchers;

  HeartbeatReader(Reading reading) {
    this.reading = reading;
    this.matchers = new MatcherReader(reading);
  }

  List<Heartbeat> readAll(Node node) {
    Map<String, Node> names = new HashMap<>();
    return reading.eachItem(node, "heartbeats", (item, where) -> read(item, where, names));
  }

  private Optional<Heartbeat> read(Node node, String where, Map<String, Node> names) {
    Optional<Fields> maybe = reading.fields(node, where, FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> name =
        fields
            .required("name")
            .flatMap(n -> reading.text(n, where + ".name"))
            .filter(text -> reading.unique(names, fields.node(), text, "heartbeat name"));
    String at = name.map(text -> "heartbeat '" + text + "'").orElse(where);
    Optional<MatcherSet> matched =
        fields.required("matchers").flatMap(n -> matchers.set(n, at + ".matchers"));
    Optional<Duration> missingAfter =
        fields
            .required("missingAfter")
            .flatMap(n -> reading.durationAtLeast(n, at + ".missingAfter", SHORTEST));
    if (name.isEmpty() || matched.isEmpty() || missingAfter.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Heartbeat(name.get(), matched.get(), missingAfter.get()));
  }
}
