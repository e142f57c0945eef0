package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Applies a person's command: silences are kept, incident commands change the incident this task
 * holds. Every command is idempotent (acknowledging twice changes nothing), because commands are
 * broadcast to every task and may be redelivered.
 */
public final class CommandLifecycle {

  private final IncidentRepository incidents;
  private final SilenceRepository silences;
  private final ResponsePolicy policy;
  private final OnCallOverrides overrides;

  public CommandLifecycle(
      IncidentRepository incidents, SilenceRepository silences, ResponsePolicy policy) {
    this(incidents, silences, policy, OnCallOverrides.NONE);
  }

  public CommandLifecycle(
      IncidentRepository incidents,
      SilenceRepository silences,
      ResponsePolicy policy,
      OnCallOverrides overrides) {
    this.incidents = incidents;
    this.silences = silences;
    this.policy = policy;
    this.overrides = overrides;
  }

  /** The lifecycle events this command caused here; empty when the incident lives elsewhere. */
  public List<IncidentEvent> onCommand(Command command) {
    // Commands are validated on arrival (CommandValidator); one that is not applicable anyway
    // (in flight before an upgrade) changes nothing rather than stopping the topology.
    if (CommandValidator.problemWith(command).isPresent()) {
      return List.of();
    }
    switch (command.getType()) {
      case SILENCE -> silences.put(command.getSilence());
      case UNSILENCE -> silences.remove(command.getSilenceId());
      case ONCALL_OVERRIDE -> overrides.put(command.getOnCallOverride());
      default -> {
        return applyToIncident(command);
      }
    }
    return List.of();
  }

  private List<IncidentEvent> applyToIncident(Command command) {
    Optional<Incident> held =
        Optional.ofNullable(command.getIncidentId()).flatMap(incidents::findById);
    if (held.isEmpty()) {
      return List.of();
    }
    Incident incident = held.get();
    Journal journal = new Journal(incidents);
    Instant at = command.getIssuedAt();
    Incident.Builder next = Incident.newBuilder(incident);
    switch (command.getType()) {
      case ACKNOWLEDGE -> {
        if (IncidentFacts.isLive(incident) && incident.getAcknowledgedAt() == null) {
          next.setAcknowledgedAt(at).setAcknowledgedBy(command.getAuthor());
          if (incident.getStatus() == IncidentStatus.OPEN) {
            next.setStatus(IncidentStatus.ACKNOWLEDGED);
          }
          journal.record(next, IncidentEventType.ACKNOWLEDGED, Causes.command(command), at);
        }
      }
      case RESOLVE -> {
        if (IncidentFacts.isLive(incident)) {
          next.setStatus(IncidentStatus.RESOLVED).setResolvedAt(at);
          journal.record(next, IncidentEventType.RESOLVED, Causes.command(command), at);
        }
      }
      case ASSIGN -> {
        String assignee = command.getAssignee();
        if (assignee != null && !assignee.equals(incident.getCommander())) {
          next.setCommander(assignee);
          journal.record(next, IncidentEventType.COMMANDER_ASSIGNED, Causes.command(command), at);
        }
      }
      case ESCALATE -> {
        if (IncidentFacts.isLive(incident)) {
          new Escalator(policy).climbOneLevel(incident, Causes.command(command), at, journal);
        }
      }
      default -> {
        // APPROVE and REJECT belong to the remediator; COMMENT is a note the audit keeps;
        // UNKNOWN is a newer command type.
      }
    }
    return journal.events();
  }
}
