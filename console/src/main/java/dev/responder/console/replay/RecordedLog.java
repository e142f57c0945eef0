package dev.responder.console.replay;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the log holds: the recorded inputs of the correlator (alerts, commands) and what came of
 * them (incident events, outcomes), each in log order per partition.
 *
 * @param undecodable how many records could not be read (they cannot be replayed)
 */
public record RecordedLog(
    List<Recorded<Alert>> alerts,
    List<Recorded<Command>> commands,
    List<Recorded<IncidentEvent>> incidentEvents,
    List<Recorded<RemediationOutcome>> outcomes,
    long undecodable) {

  public RecordedLog {
    alerts = List.copyOf(alerts);
    commands = List.copyOf(commands);
    incidentEvents = List.copyOf(incidentEvents);
    outcomes = List.copyOf(outcomes);
  }

  /** The latest event time recorded on any topic: the last moment the live pipeline is known at. */
  public Optional<Instant> lastRecordedAt() {
    return Stream.of(alerts, commands, incidentEvents, outcomes)
        .flatMap(List::stream)
        .map(Recorded::eventTime)
        .max(Instant::compareTo);
  }
}
