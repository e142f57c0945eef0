package dev.responder.correlator.topology;

import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.LegacyHeaders;
import dev.responder.correlator.domain.SilenceRepository;
import dev.responder.correlator.domain.TaskState;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.avro.Silence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's state over changelogged key-value stores: incident headers by id, members by incident
 * id and fingerprint, the latest incident id of each group, the inhibition summaries (open source
 * counts and target entries by rule key), and each incident's latest check results. Per alert it
 * reads and writes single keys; prefix scans serve only the rare steps (a check result, a new
 * inhibition source, forgetting an incident). Silences are {@link SilenceStore}'s (store and
 * index); this state answers for them by delegation, so the lifecycle sees one task state.
 */
final class StoreState implements TaskState {

  static final String INCIDENTS = "correlator-incidents";
  static final String MEMBERS = "correlator-incident-members";
  static final String BY_GROUP = "correlator-incident-by-group";
  static final String INHIBIT_SOURCES = "correlator-inhibition-sources";
  static final String INHIBIT_TARGETS = "correlator-inhibition-targets";
  static final String SILENCES = "correlator-silences";
  static final String CHECKS = "correlator-check-results";

  /** Every store the incident lifecycle uses. */
  static final String[] ALL = {
    INCIDENTS, MEMBERS, BY_GROUP, INHIBIT_SOURCES, INHIBIT_TARGETS, SILENCES, CHECKS
  };

  private static final String SEPARATOR = "\u0000";
  private static final StringSerializer PREFIX = new StringSerializer();

  private final KeyValueStore<String, Incident> incidents;
  private final KeyValueStore<String, IncidentAlert> members;
  private final KeyValueStore<String, String> byGroup;
  private final KeyValueStore<String, Long> sources;
  private final KeyValueStore<String, String> targets;
  private final SilenceRepository silences;
  private final KeyValueStore<String, RemediationOutcome> checks;
  private final InhibitRules inhibitRules;

  StoreState(ProcessingContext context, InhibitRules inhibitRules, SilenceRepository silences) {
    this.incidents = context.getStateStore(INCIDENTS);
    this.members = context.getStateStore(MEMBERS);
    this.byGroup = context.getStateStore(BY_GROUP);
    this.sources = context.getStateStore(INHIBIT_SOURCES);
    this.targets = context.getStateStore(INHIBIT_TARGETS);
    this.silences = silences;
    this.checks = context.getStateStore(CHECKS);
    this.inhibitRules = inhibitRules;
  }

  @Override
  public Optional<Incident> findByGroup(String groupKey) {
    return Optional.ofNullable(byGroup.get(groupKey)).flatMap(this::findById);
  }

  @Override
  public Optional<Incident> findById(String incidentId) {
    return Optional.ofNullable(incidents.get(incidentId)).map(this::upgraded);
  }

  @Override
  public List<Incident> findAll() {
    try (KeyValueIterator<String, Incident> all = incidents.all()) {
      return collect(all, Function.identity()).stream().map(this::upgraded).toList();
    }
  }

  @Override
  public void save(Incident incident) {
    Incident before = incidents.get(incident.getIncidentId());
    incidents.put(incident.getIncidentId(), incident);
    // A read instead of a write on every joining alert: the group's mapping rarely changes, and
    // each put would be one more changelog record per alert in a storm.
    if (!incident.getIncidentId().equals(byGroup.get(incident.getGroupKey()))) {
      byGroup.put(incident.getGroupKey(), incident.getIncidentId());
    }
    inhibitRules.reindex(before, incident, this);
  }

  @Override
  public void forget(Incident incident) {
    String id = incident.getIncidentId();
    inhibitRules.reindex(incidents.get(id), null, this);
    incidents.delete(id);
    if (id.equals(byGroup.get(incident.getGroupKey()))) {
      byGroup.delete(incident.getGroupKey());
    }
    deleteByPrefix(members, id);
    deleteByPrefix(checks, id);
  }

  @Override
  public Optional<IncidentAlert> member(String incidentId, String fingerprint) {
    return Optional.ofNullable(members.get(incidentId + SEPARATOR + fingerprint));
  }

  @Override
  public void putMember(String incidentId, IncidentAlert member) {
    members.put(incidentId + SEPARATOR + member.getFingerprint(), member);
  }

  @Override
  public List<IncidentAlert> members(String incidentId) {
    try (KeyValueIterator<String, IncidentAlert> held =
        members.prefixScan(incidentId + SEPARATOR, PREFIX)) {
      return collect(held, Function.identity());
    }
  }

  @Override
  public long openSources(String sourceKey) {
    Long count = sources.get(sourceKey);
    return count == null ? 0 : count;
  }

  @Override
  public void countSource(String sourceKey, int delta) {
    long count = openSources(sourceKey) + delta;
    if (count > 0) {
      sources.put(sourceKey, count);
    } else {
      sources.delete(sourceKey);
    }
  }

  @Override
  public void addTarget(String targetKey, String incidentId) {
    targets.put(targetKey + SEPARATOR + incidentId, incidentId);
  }

  @Override
  public void removeTarget(String targetKey, String incidentId) {
    targets.delete(targetKey + SEPARATOR + incidentId);
  }

  @Override
  public List<String> targets(String targetKey) {
    try (KeyValueIterator<String, String> ids = targets.prefixScan(targetKey + SEPARATOR, PREFIX)) {
      return collect(ids, Function.identity());
    }
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

  @Override
  public void put(Silence silence) {
    silences.put(silence);
  }

  @Override
  public void remove(String silenceId) {
    silences.remove(silenceId);
  }

  @Override
  public List<Silence> all() {
    return silences.all();
  }

  @Override
  public List<Silence> candidatesFor(Map<String, String> labels) {
    return silences.candidatesFor(labels);
  }

  /**
   * An incident stored before headers and members were kept apart is upgraded when first read: its
   * members move to their store and it enters the inhibition summaries, which did not exist then.
   */
  private Incident upgraded(Incident stored) {
    if (!LegacyHeaders.holdsMembers(stored)) {
      return stored;
    }
    Incident header = LegacyHeaders.moveMembers(stored, this);
    incidents.put(header.getIncidentId(), header);
    inhibitRules.reindex(null, header, this);
    return header;
  }

  private static String checkKey(RemediationOutcome check) {
    return check.getIncidentId() + SEPARATOR + check.getStep();
  }

  private static <V> void deleteByPrefix(KeyValueStore<String, V> store, String incidentId) {
    List<String> keys = new ArrayList<>();
    try (KeyValueIterator<String, V> held = store.prefixScan(incidentId + SEPARATOR, PREFIX)) {
      held.forEachRemaining(entry -> keys.add(entry.key));
    }
    keys.forEach(store::delete);
  }

  private static <V, T> List<T> collect(KeyValueIterator<String, V> entries, Function<V, T> map) {
    List<T> result = new ArrayList<>();
    entries.forEachRemaining(entry -> result.add(map.apply(entry.value)));
    return result;
  }
}
