package dev.responder.correlator.testing;

import dev.responder.correlator.domain.CheckResultRepository;
import dev.responder.correlator.domain.IncidentRepository;
import dev.responder.correlator.domain.Scope;
import dev.responder.correlator.domain.SilenceRepository;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Silence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One task's incidents, silences and check results in maps, for domain tests. */
public final class InMemoryState
    implements IncidentRepository, SilenceRepository, CheckResultRepository {

  private final Map<String, Incident> incidents = new LinkedHashMap<>();
  private final Map<String, String> latestByGroup = new LinkedHashMap<>();
  private final Map<String, Silence> silences = new LinkedHashMap<>();
  private final Map<String, Map<String, RemediationOutcome>> checks = new LinkedHashMap<>();

  @Override
  public Optional<Incident> findByGroup(String groupKey) {
    return Optional.ofNullable(latestByGroup.get(groupKey)).map(incidents::get);
  }

  @Override
  public Optional<Incident> findById(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId));
  }

  @Override
  public List<Incident> findByScope(Scope scope) {
    return incidents.values().stream()
        .filter(i -> new Scope(i.getNamespace(), i.getService()).equals(scope))
        .toList();
  }

  @Override
  public List<Incident> findAll() {
    return new ArrayList<>(incidents.values());
  }

  @Override
  public void save(Incident incident) {
    incidents.put(incident.getIncidentId(), incident);
    latestByGroup.put(incident.getGroupKey(), incident.getIncidentId());
  }

  @Override
  public void forget(Incident incident) {
    incidents.remove(incident.getIncidentId());
    latestByGroup.remove(incident.getGroupKey(), incident.getIncidentId());
    checks.remove(incident.getIncidentId());
  }

  @Override
  public void record(RemediationOutcome check) {
    checks
        .computeIfAbsent(check.getIncidentId(), id -> new LinkedHashMap<>())
        .put(check.getStep(), check);
  }

  @Override
  public List<RemediationOutcome> checksOf(String incidentId) {
    return List.copyOf(checks.getOrDefault(incidentId, Map.of()).values());
  }

  @Override
  public void put(Silence silence) {
    silences.put(silence.getSilenceId(), silence);
  }

  @Override
  public void remove(String silenceId) {
    silences.remove(silenceId);
  }

  @Override
  public List<Silence> all() {
    return List.copyOf(silences.values());
  }
}
