package dev.responder.correlator.testing;

import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.TaskState;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Silence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One task's state in maps, for domain tests; the inhibition summaries follow {@code rules}. */
public final class InMemoryState implements TaskState {

  private final InhibitRules rules;
  private final Map<String, Incident> incidents = new LinkedHashMap<>();
  private final Map<String, String> latestByGroup = new LinkedHashMap<>();
  private final Map<String, Map<String, IncidentAlert>> members = new LinkedHashMap<>();
  private final Map<String, Long> sources = new LinkedHashMap<>();
  private final Map<String, Set<String>> targets = new LinkedHashMap<>();
  private final Map<String, Silence> silences = new LinkedHashMap<>();
  private final Map<String, Map<String, RemediationOutcome>> checks = new LinkedHashMap<>();

  /** With the rule the test classifier's incidents had before rules: an open P1 mutes its scope. */
  public InMemoryState() {
    this(TestInhibitRules.P1_MUTES_ITS_SCOPE);
  }

  public InMemoryState(InhibitRules rules) {
    this.rules = rules;
  }

  public InhibitRules rules() {
    return rules;
  }

  @Override
  public Optional<Incident> findByGroup(String groupKey) {
    return Optional.ofNullable(latestByGroup.get(groupKey)).map(incidents::get);
  }

  @Override
  public Optional<Incident> findById(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId));
  }

  @Override
  public List<Incident> findAll() {
    return new ArrayList<>(incidents.values());
  }

  @Override
  public void save(Incident incident) {
    Incident before = incidents.put(incident.getIncidentId(), incident);
    latestByGroup.put(incident.getGroupKey(), incident.getIncidentId());
    rules.reindex(before, incident, this);
  }

  @Override
  public void forget(Incident incident) {
    rules.reindex(incidents.remove(incident.getIncidentId()), null, this);
    latestByGroup.remove(incident.getGroupKey(), incident.getIncidentId());
    members.remove(incident.getIncidentId());
    checks.remove(incident.getIncidentId());
  }

  @Override
  public Optional<IncidentAlert> member(String incidentId, String fingerprint) {
    return Optional.ofNullable(members.getOrDefault(incidentId, Map.of()).get(fingerprint));
  }

  @Override
  public void putMember(String incidentId, IncidentAlert member) {
    members
        .computeIfAbsent(incidentId, id -> new LinkedHashMap<>())
        .put(member.getFingerprint(), member);
  }

  @Override
  public List<IncidentAlert> members(String incidentId) {
    return List.copyOf(members.getOrDefault(incidentId, Map.of()).values());
  }

  @Override
  public long openSources(String sourceKey) {
    return sources.getOrDefault(sourceKey, 0L);
  }

  @Override
  public void countSource(String sourceKey, int delta) {
    sources.merge(sourceKey, (long) delta, Long::sum);
    sources.values().removeIf(count -> count <= 0);
  }

  @Override
  public void addTarget(String targetKey, String incidentId) {
    targets.computeIfAbsent(targetKey, key -> new LinkedHashSet<>()).add(incidentId);
  }

  @Override
  public void removeTarget(String targetKey, String incidentId) {
    targets.getOrDefault(targetKey, new LinkedHashSet<>()).remove(incidentId);
  }

  @Override
  public List<String> targets(String targetKey) {
    return List.copyOf(targets.getOrDefault(targetKey, Set.of()));
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
