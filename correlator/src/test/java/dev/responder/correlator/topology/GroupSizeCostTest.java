package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resolved;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.serialization.Serializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one alert writes does not grow with its group: the header stored and published, and the
 * event emitted for the 10,000th member are as large as for the 2nd, up to the few bytes by which
 * the counters' variable-length encodings (member count, revision, event id digits) grow. Sizes,
 * not times: bytes are deterministic, timings on a shared machine are not.
 */
class GroupSizeCostTest {

  private static final int GROUP_SIZE = 10_000;

  /** Counts and revisions encoded as varints and decimal digits: 2 -> 10,000 adds a few bytes. */
  private static final int COUNTER_GROWTH = 12;

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;
  private Serializer<IncidentEvent> events;
  private Serializer<Incident> headers;
  private Serializer<IncidentAlert> members;

  @BeforeEach
  void start() {
    correlator = new CorrelatorDriver(stateDir, T0);
    events = correlator.topics.incidentEvents().values().serializer();
    headers = correlator.topics.incidents().values().serializer();
    members = dev.responder.schemas.serde.AvroSerde.of(IncidentAlert.class).serializer();
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  /** The n-th alert of one group: same labels, fingerprints of equal length. */
  private static Alert member(int n) {
    return firing(String.format("fp-%06d", n), T0.plusMillis(n), backend("WorkerQueueStuck"));
  }

  private int eventBytes(IncidentEvent event) {
    return events.serialize("incident-events", event).length;
  }

  private int storedHeaderBytes(String incidentId) {
    Incident header = correlator.<Incident>store(StoreState.INCIDENTS).get(incidentId);
    return headers.serialize("incidents", header).length;
  }

  @Test
  void shouldStoreAndEmitAsManyBytesForThe10000thMemberAsForThe2nd() {
    correlator.receive(member(1));
    String id = correlator.events().get(0).getIncidentId();
    correlator.receive(member(2));
    IncidentEvent second = single(correlator.events());
    int secondHeader = storedHeaderBytes(id);
    for (int n = 3; n < GROUP_SIZE; n++) {
      correlator.receive(member(n));
      if (n % 1_000 == 0) {
        correlator.events(); // drained so the output topic does not hold them all
      }
    }
    correlator.events();

    correlator.receive(member(GROUP_SIZE));

    IncidentEvent last = single(correlator.events());
    assertThat(last.getIncident().getMemberCount()).isEqualTo(GROUP_SIZE);
    assertThat(last.getIncident().getAlerts()).isEmpty();
    assertThat(last.getAlert().getFingerprint()).isEqualTo(member(GROUP_SIZE).getFingerprint());
    assertThat(eventBytes(last)).isBetween(eventBytes(second), eventBytes(second) + COUNTER_GROWTH);
    assertThat(storedHeaderBytes(id)).isBetween(secondHeader, secondHeader + COUNTER_GROWTH);
    assertThat(members.serialize("members", last.getAlert()))
        .hasSameSizeAs(members.serialize("members", second.getAlert()));
  }

  @Test
  void shouldEmitTheResolvedMemberAloneWhenOneOfManyResolves() {
    for (int n = 1; n <= 100; n++) {
      correlator.receive(member(n));
    }
    correlator.events();

    correlator.receive(resolved(member(50), T0.plusSeconds(600)));

    IncidentEvent event = single(correlator.events());
    assertThat(event.getType()).isEqualTo(IncidentEventType.ALERT_RESOLVED);
    assertThat(event.getAlert().getFingerprint()).isEqualTo("fp-000050");
    assertThat(event.getIncident().getMemberCount()).isEqualTo(100);
    assertThat(event.getIncident().getFiringCount()).isEqualTo(99);
  }

  private static IncidentEvent single(List<IncidentEvent> emitted) {
    assertThat(emitted).hasSize(1);
    return emitted.get(0);
  }
}
