package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import dev.responder.schemas.topics.Topic;
import dev.responder.schemas.topics.Topics;
import java.util.Objects;

/**
 * The topics the correlator reads and writes, typed. Production passes the shared catalogue's
 * topics; tests may pass the same names with other partition counts.
 *
 * @param outcomes the remediator's step results; the correlator reads the checks' figures
 * @param deadLetters where undecodable input records go, with the reason in headers
 */
public record CorrelatorTopics(
    Topic<String, Alert> alerts,
    Topic<String, Command> commands,
    Topic<String, RemediationOutcome> outcomes,
    Topic<String, Incident> incidents,
    Topic<String, IncidentEvent> incidentEvents,
    String deadLetters) {

  public CorrelatorTopics {
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(commands, "commands");
    Objects.requireNonNull(outcomes, "outcomes");
    Objects.requireNonNull(incidents, "incidents");
    Objects.requireNonNull(incidentEvents, "incidentEvents");
    Objects.requireNonNull(deadLetters, "deadLetters");
  }

  /** The shared topic catalogue's topics. */
  public static CorrelatorTopics standard() {
    return new CorrelatorTopics(
        Topics.ALERTS,
        Topics.COMMANDS,
        Topics.OUTCOMES,
        Topics.INCIDENTS,
        Topics.INCIDENT_EVENTS,
        Topics.ALERTS_DLQ.name());
  }
}
