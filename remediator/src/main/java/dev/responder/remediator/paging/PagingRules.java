package dev.responder.remediator.paging;

import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentAlert;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Who hears what. Level 1 of the escalation path is paged when an incident opens and each later
 * level when the correlator records the climb; an acknowledgement acknowledges and a resolution
 * resolves every page the incident may hold. The incident channel hears every moment (opened,
 * commander, approvals, action outcomes, failed verifications, severity, escalation,
 * acknowledgement, resolution); the commander also hears of approvals. A page that could not be
 * delivered pages the next level.
 */
public final class PagingRules {

  private static final Set<OutcomeStatus> ACTION_ENDS =
      Set.of(
          OutcomeStatus.SUCCEEDED,
          OutcomeStatus.FAILED,
          OutcomeStatus.REJECTED,
          OutcomeStatus.TIMED_OUT,
          OutcomeStatus.DRY_RUN);

  private final Ladder ladder;
  private final Contact incidentChannel;
  private final Map<String, Contact> people;

  /**
   * @param people how to reach a person by name (the commander), e.g. {@code carol ->
   *     email:carol@crm.example}
   */
  public PagingRules(Ladder ladder, Contact incidentChannel, Map<String, Contact> people) {
    this.ladder = Objects.requireNonNull(ladder, "ladder");
    this.incidentChannel = Objects.requireNonNull(incidentChannel, "incidentChannel");
    this.people = Map.copyOf(people);
  }

  /** The header of the incident an event is about, as the rules read it. */
  public static IncidentView view(IncidentEvent event) {
    Incident incident = event.getIncident();
    return new IncidentView(
        incident.getIncidentId(),
        incident.getRunbookId(),
        incident.getTitle(),
        incident.getSeverity().name(),
        incident.getEscalationLevel(),
        Optional.ofNullable(incident.getCommander()),
        incident.getDetectedAt(),
        Objects.toString(incident.getNamespace(), "")
            + "/"
            + Objects.toString(incident.getService(), ""),
        incident.getCatalogVersion());
  }

  /** The deliveries one incident event causes (none for most events). */
  public List<Delivery> onEvent(IncidentEvent event) {
    IncidentView incident = view(event);
    String key = event.getEventId();
    int level = Ladder.catalogLevel(incident.climbs());
    Incident header = event.getIncident();
    return switch (event.getType()) {
      case OPENED, REOPENED ->
          header.getStatus() == IncidentStatus.SUPPRESSED
              ? List.of()
              : reach(level, incident, Update.OPENED, Texts.opened(incident), evidence(event), key);
      case ESCALATED ->
          reach(
              level,
              incident,
              Update.ESCALATED,
              Texts.escalated(incident, level, levelName(level)),
              List.of("reached: " + Objects.toString(event.getEscalationTarget(), "")),
              key);
      case ACKNOWLEDGED ->
          settle(
              level,
              incident,
              Move.ACKNOWLEDGE,
              Update.ACKNOWLEDGED,
              Texts.acknowledged(incident, Optional.ofNullable(header.getAcknowledgedBy())),
              List.of(),
              key);
      case RESOLVED ->
          settle(
              level,
              incident,
              Move.RESOLVE,
              Update.RESOLVED,
              Texts.resolved(incident, lasted(header, event.getOccurredAt())),
              List.of(Texts.reportCommand(incident)),
              key);
      case SUPPRESSED ->
          settle(
              level,
              incident,
              Move.RESOLVE,
              Update.RESOLVED,
              Texts.suppressed(incident),
              List.of(),
              key);
      case COMMANDER_ASSIGNED ->
          post(
              Stream.concat(Stream.of(incidentChannel), commanderContact(incident).stream()),
              incident,
              Update.COMMANDER_ASSIGNED,
              Texts.commander(incident),
              List.of(),
              key);
      case SEVERITY_CHANGED ->
          post(
              Stream.of(incidentChannel),
              incident,
              Update.SEVERITY_CHANGED,
              Texts.severityChanged(
                  incident, Objects.toString(event.getPreviousSeverity(), "unknown")),
              List.of(event.getCause().getDetail()),
              key);
      default -> List.of();
    };
  }

  /** The deliveries one step's outcome causes: approvals, action ends, failed verifications. */
  public List<Delivery> onOutcome(RemediationOutcome outcome, IncidentView incident) {
    String key = outcome.getOutcomeId();
    List<String> said = outcome.getMessage().isBlank() ? List.of() : List.of(outcome.getMessage());
    if (outcome.getKind() == OutcomeKind.ACTION
        && outcome.getStatus() == OutcomeStatus.AWAITING_APPROVAL) {
      List<String> details = new ArrayList<>();
      details.add(Texts.approveCommand(outcome));
      details.add(Texts.rejectCommand(outcome));
      details.addAll(said);
      return post(
          Stream.concat(Stream.of(incidentChannel), commanderContact(incident).stream()),
          incident,
          Update.AWAITING_APPROVAL,
          Texts.awaitingApproval(outcome),
          details,
          key);
    }
    if (outcome.getKind() == OutcomeKind.ACTION && ACTION_ENDS.contains(outcome.getStatus())) {
      return post(
          Stream.of(incidentChannel),
          incident,
          Update.ACTION_OUTCOME,
          Texts.actionOutcome(outcome),
          said,
          key);
    }
    if (outcome.getKind() == OutcomeKind.VERIFICATION && verificationFailed(outcome)) {
      return post(
          Stream.of(incidentChannel),
          incident,
          Update.VERIFICATION_FAILED,
          Texts.verificationFailed(outcome),
          said,
          key);
    }
    return List.of();
  }

  /**
   * When a page could not be delivered: the next level is paged now, and the channel told why;
   * empty when the failed delivery was no page or the path has no next level.
   */
  public List<Delivery> afterFailedPage(Delivery failed, IncidentView incident, String why) {
    if (failed.notice().move() != Move.TRIGGER || ladder.at(failed.level() + 1).isEmpty()) {
      return List.of();
    }
    int next = failed.level() + 1;
    String key = failed.idempotencyKey() + "/failover";
    return reach(
        next,
        incident,
        Update.DELIVERY_FAILED,
        Texts.deliveryFailed(failed, next, why),
        List.of(),
        key);
  }

  /** Pages the level's pagers and tells its other contacts and the incident channel. */
  private List<Delivery> reach(
      int level,
      IncidentView incident,
      Update update,
      String summary,
      List<String> details,
      String key) {
    List<Contact> contacts = ladder.contactsAt(level);
    List<Delivery> deliveries = new ArrayList<>();
    Notice page =
        new Notice(
            incident.incidentId(),
            Move.TRIGGER,
            update,
            incident.severity(),
            summary,
            details,
            key);
    contacts.stream()
        .filter(Contact::pages)
        .forEach(pager -> deliveries.add(new Delivery(pager, page, level)));
    deliveries.addAll(
        post(
            Stream.concat(contacts.stream().filter(c -> !c.pages()), Stream.of(incidentChannel)),
            incident,
            update,
            summary,
            details,
            key));
    return deliveries;
  }

  /** Acknowledges or resolves every page the incident may hold and tells the channel. */
  private List<Delivery> settle(
      int level,
      IncidentView incident,
      Move move,
      Update update,
      String summary,
      List<String> details,
      String key) {
    Notice notice =
        new Notice(incident.incidentId(), move, update, incident.severity(), summary, details, key);
    List<Delivery> deliveries = new ArrayList<>();
    ladder.pagersUpTo(level).forEach(pager -> deliveries.add(new Delivery(pager, notice, 0)));
    deliveries.addAll(post(Stream.of(incidentChannel), incident, update, summary, details, key));
    return deliveries;
  }

  private static List<Delivery> post(
      Stream<Contact> to,
      IncidentView incident,
      Update update,
      String summary,
      List<String> details,
      String key) {
    Notice notice =
        new Notice(
            incident.incidentId(), Move.POST, update, incident.severity(), summary, details, key);
    Set<Contact> distinct = new LinkedHashSet<>();
    to.forEach(distinct::add);
    return distinct.stream().map(contact -> new Delivery(contact, notice, 0)).toList();
  }

  private Optional<Contact> commanderContact(IncidentView incident) {
    return incident.commander().map(people::get);
  }

  private String levelName(int level) {
    return ladder.at(level).map(found -> found.name()).orElse("beyond the path");
  }

  private static boolean verificationFailed(RemediationOutcome outcome) {
    return outcome.getStatus() == OutcomeStatus.FAILED
        || outcome.getStatus() == OutcomeStatus.TIMED_OUT
        || outcome.getReason() == OutcomeReason.NOT_FIXED;
  }

  /** The evidence an opening carries: why it was classified and the alert that opened it. */
  private static List<String> evidence(IncidentEvent event) {
    List<String> lines = new ArrayList<>();
    String reason = event.getIncident().getClassificationReason();
    if (!reason.isBlank()) {
      lines.add("classified: " + reason);
    }
    IncidentAlert alert = event.getAlert();
    if (alert != null) {
      lines.add("alert: " + new TreeMap<>(alert.getLabels()));
    }
    return lines;
  }

  private static Duration lasted(Incident incident, Instant at) {
    Instant end = incident.getResolvedAt() == null ? at : incident.getResolvedAt();
    return Duration.between(incident.getDetectedAt(), end);
  }
}
