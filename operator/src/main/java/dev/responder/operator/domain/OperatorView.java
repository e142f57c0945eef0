package dev.responder.operator.domain;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OnCallOverride;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the operator API knows, followed from Kafka: the latest header of each incident, the actions
 * waiting for approval (and the answers already given), the silences and the on-call overrides.
 * Commands this service writes are applied at once as well, so a second approval is refused before
 * the first one has come back from the topic. Applying a record twice changes nothing. Safe for one
 * writer thread and many readers.
 */
public final class OperatorView {

  private final Duration approvalTtl;
  private final Map<String, Incident> incidents = new ConcurrentHashMap<>();
  private final Map<String, PendingApproval> waiting = new ConcurrentHashMap<>();
  private final Map<String, String> settled = new ConcurrentHashMap<>();
  private final Map<String, Map<String, String>> checkFigures = new ConcurrentHashMap<>();
  private final Map<String, ActiveSilence> silences = new ConcurrentHashMap<>();
  private final Map<String, OnCallOverride> overrides = new ConcurrentHashMap<>();

  /**
   * @param approvalTtl how long the remediator waits for an answer (its {@code
   *     RESPONDER_REMEDIATOR_APPROVAL_TTL_SECONDS}); an outcome does not carry it
   */
  public OperatorView(Duration approvalTtl) {
    this.approvalTtl = approvalTtl;
  }

  /** The latest header of an incident, from {@code responder.incidents.v1}. */
  public void onIncident(Incident incident) {
    incidents.merge(
        incident.getIncidentId(),
        incident,
        (held, next) -> next.getRevision() >= held.getRevision() ? next : held);
    if (incident.getStatus() == IncidentStatus.RESOLVED) {
      checkFigures.remove(incident.getIncidentId());
    }
  }

  /** A step's outcome: check figures become evidence, approval requests wait, answers settle. */
  public void onOutcome(RemediationOutcome outcome) {
    if (outcome.getKind() == OutcomeKind.CHECK) {
      Map<String, String> figures =
          checkFigures.computeIfAbsent(outcome.getIncidentId(), id -> new ConcurrentHashMap<>());
      outcome
          .getEvidence()
          .getFigures()
          .forEach((name, value) -> figures.put(outcome.getStep() + "." + name, value));
      return;
    }
    if (outcome.getKind() != OutcomeKind.ACTION) {
      return;
    }
    String key = outcome.getActionKey();
    if (outcome.getStatus() == OutcomeStatus.AWAITING_APPROVAL) {
      if (!settled.containsKey(key)) {
        waiting.put(key, pending(outcome));
      }
      return;
    }
    if (waiting.remove(key) != null || outcome.getStatus() == OutcomeStatus.REJECTED) {
      settled.putIfAbsent(
          key,
          outcome.getStatus().name().toLowerCase(java.util.Locale.ROOT)
              + " "
              + outcome.getFinishedAt());
    }
  }

  private PendingApproval pending(RemediationOutcome outcome) {
    Map<String, String> evidence =
        new TreeMap<>(checkFigures.getOrDefault(outcome.getIncidentId(), Map.of()));
    outcome.getEvidence().getFigures().forEach(evidence::put);
    return new PendingApproval(
        outcome.getActionKey(),
        outcome.getIncidentId(),
        outcome.getRunbookId(),
        outcome.getStep(),
        outcome.getOperation(),
        outcome.getTarget(),
        outcome.getMessage(),
        evidence,
        outcome.getFinishedAt(),
        outcome.getFinishedAt().plus(approvalTtl));
  }

  /** A command, read back from the topic or just written here. */
  public void onCommand(Command command) {
    switch (command.getType()) {
      case APPROVE, REJECT -> {
        if (command.getActionKey() != null) {
          settled.putIfAbsent(
              command.getActionKey(),
              (command.getType().name().equals("APPROVE") ? "approved" : "rejected")
                  + " by "
                  + command.getAuthor()
                  + " at "
                  + command.getIssuedAt());
          waiting.remove(command.getActionKey());
        }
      }
      case SILENCE -> {
        if (command.getSilence() != null) {
          silences.putIfAbsent(
              command.getSilence().getSilenceId(),
              new ActiveSilence(
                  command.getSilence(),
                  command.getAuthor(),
                  command.getIssuedAt(),
                  Optional.ofNullable(command.getComment()).orElse("")));
        }
      }
      case UNSILENCE -> {
        if (command.getSilenceId() != null) {
          silences.remove(command.getSilenceId());
        }
      }
      case ONCALL_OVERRIDE -> {
        if (command.getOnCallOverride() != null) {
          overrides.put(command.getOnCallOverride().getOverrideId(), command.getOnCallOverride());
        }
      }
      default -> {
        // Incident commands reach the view through the incident headers the correlator writes.
      }
    }
  }

  /** Drops silences and overrides that ended before {@code now}, so the view stays bounded. */
  public void forgetEnded(Instant now) {
    silences.values().removeIf(silence -> !silence.activeAt(now));
    overrides.values().removeIf(override -> !now.isBefore(override.getUntil()));
  }

  public Optional<Incident> incident(String id) {
    return Optional.ofNullable(incidents.get(id));
  }

  /** Every incident, newest first. */
  public List<Incident> incidents() {
    return incidents.values().stream()
        .sorted(Comparator.comparing(Incident::getDetectedAt).reversed())
        .toList();
  }

  public Optional<PendingApproval> waiting(String actionKey) {
    return Optional.ofNullable(waiting.get(actionKey));
  }

  /** Every action waiting for an answer, oldest request first. */
  public List<PendingApproval> waiting() {
    return waiting.values().stream()
        .sorted(Comparator.comparing(PendingApproval::requestedAt))
        .toList();
  }

  /** How an action's approval was settled ("approved by carol at ..."), if it was. */
  public Optional<String> settled(String actionKey) {
    return Optional.ofNullable(settled.get(actionKey));
  }

  public Optional<ActiveSilence> silence(String id) {
    return Optional.ofNullable(silences.get(id));
  }

  /** The silences not yet expired at {@code now}, ending soonest first. */
  public List<ActiveSilence> silences(Instant now) {
    return silences.values().stream()
        .filter(silence -> silence.activeAt(now))
        .sorted(Comparator.comparing(s -> s.silence().getExpiresAt()))
        .toList();
  }

  /** The on-call overrides not yet ended at {@code now}. */
  public Collection<OnCallOverride> overrides(Instant now) {
    return overrides.values().stream()
        .filter(override -> now.isBefore(override.getUntil()))
        .sorted(Comparator.comparing(OnCallOverride::getFrom))
        .toList();
  }
}
