package dev.responder.schemas.serde;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.RemediationOutcome;
import org.apache.kafka.common.serialization.Serde;

/**
 * The serde of each contract record, reading every released schema version. The instances are
 * shared: they hold no mutable state.
 */
public final class ResponderSerdes {

  private static final Serde<Alert> ALERT = AvroSerde.of(Alert.class);
  private static final Serde<Incident> INCIDENT = AvroSerde.of(Incident.class);
  private static final Serde<IncidentEvent> INCIDENT_EVENT = AvroSerde.of(IncidentEvent.class);
  private static final Serde<RemediationOutcome> OUTCOME = AvroSerde.of(RemediationOutcome.class);
  private static final Serde<Command> COMMAND = AvroSerde.of(Command.class);

  private ResponderSerdes() {}

  /** Alerts, on {@code responder.alerts.v1}. */
  public static Serde<Alert> alert() {
    return ALERT;
  }

  /** The latest state of an incident, on {@code responder.incidents.v1}. */
  public static Serde<Incident> incident() {
    return INCIDENT;
  }

  /** Incident lifecycle events, on {@code responder.incident-events.v1}. */
  public static Serde<IncidentEvent> incidentEvent() {
    return INCIDENT_EVENT;
  }

  /** Runbook step outcomes, on {@code responder.outcomes.v1}. */
  public static Serde<RemediationOutcome> outcome() {
    return OUTCOME;
  }

  /** Commands from people and services, on {@code responder.commands.v1}. */
  public static Serde<Command> command() {
    return COMMAND;
  }
}
