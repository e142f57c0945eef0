package dev.responder.correlator.topology;

import dev.responder.correlator.domain.CheckResultRepository;
import dev.responder.correlator.domain.IncidentRepository;
import dev.responder.correlator.domain.Scope;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.RemediationOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's incidents and check results over four changelogged key-value stores: incidents by id,
 * the latest incident id of each group, incident ids by scope (for inhibition, by prefix scan), and
 * each incident's latest check results (by prefix scan). The silences store (named here with the
 * others) is {@link SilenceStore}'s.
 */
final class StoreState implements IncidentRepository, CheckResultRepository {

  static final String INCIDENTS = "correlator-incidents";
  static final String BY_GROUP = "correlator-incident-by-group";
  static final String BY_SCOPE = "correlator-incident-by-scope";
  static final String SILENCES = "correlator-silences";
  static final String CHECKS = "correlator-check-results";

  private static final String SEPARATOR = "\u0000";
  private static final StringSerializer PREFIX = new StringSerializer();

  private final KeyValueStore<String, Incident> incidents;
  private final KeyValueStore<String, String> byGroup;
  private final KeyValueStore<String, String> byScope;
  private final KeyValueStore<String, RemediationOutcome> checks;

  StoreState(ProcessingContext context) {
    this.incidents = context.getStateStore(INCIDENTS);
    this.byGroup = context.getStateStore(BY_GROUP);
    this.byScope = context.getStateStore(BY_SCOPE);
    this.checks = context.getStateStore(CHECKS);
  }

  @Override
  public Optional<Incident> findByGroup(String groupKey) {
    return Optional.ofNullable(byGroup.get(groupKey)).map(incidents::get);
  }

  @Override
  public Optional<Incident> findById(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId));
  }

  @Override
  public List<Incident> findByScope(Scope scope) {
    try (KeyValueIterator<String, String> ids =
        byScope.prefixScan(scope.key() + SEPARATOR, PREFIX)) {
      return collect(ids, incidents::get);
    }
  }

  @Override
  public List<Incident> findAll() {
    try (KeyValueIterator<String, Incident> all = incidents.all()) {
      return collect(all, Function.identity());
    }
  }

  @Override
  public void save(Incident incident) {
    incidents.put(incident.getIncidentId(), incident);
    byGroup.put(incident.getGroupKey(), incident.getIncidentId());
    byScope.put(scopeKey(incident), incident.getIncidentId());
  }

  @Override
  public void forget(Incident incident) {
    incidents.delete(incident.getIncidentId());
    byScope.delete(scopeKey(incident));
    if (incident.getIncidentId().equals(byGroup.get(incident.getGroupKey()))) {
      byGroup.delete(incident.getGroupKey());
    }
    checksOf(incident.getIncidentId()).forEach(check -> checks.delete(checkKey(check)));
  }

  @Override
  public void record(RemediationOutcome check) {
    checks.put(checkKey(check), check);
  }

  @Override
  public List<RemediationOutcome> checksOf(String incidentId) {
    try (KeyValueIterator<String, RemediationOutcome> held =
        checks.prefixScan(incidentId + SEPARATOR, PREFIX)) {
      return collect(held, Function.identity());
    }
  }

  private static String scopeKey(Incident incident) {
    return new Scope(incident.getNamespace(), incident.getService()).key()
        + SEPARATOR
        + incident.getIncidentId();
  }

  private static String checkKey(RemediationOutcome check) {
    return check.getIncidentId() + SEPARATOR + check.getStep();
  }

  private static <V, T> List<T> collect(KeyValueIterator<String, V> entries, Function<V, T> map) {
    List<T> result = new ArrayList<>();
    entries.forEachRemaining(entry -> result.add(map.apply(entry.value)));
    return result;
  }
}
