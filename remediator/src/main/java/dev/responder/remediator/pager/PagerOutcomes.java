package dev.responder.remediator.pager;

import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.IncidentView;
import dev.responder.remediator.paging.Move;
import dev.responder.schemas.avro.Evidence;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import dev.responder.schemas.avro.RemediationOutcome;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * A delivery's end as a NOTIFICATION outcome: step {@code page.<moment>} (e.g. {@code
 * page.opened}), operation {@code <provider>.<move>} (e.g. {@code pagerduty.trigger}), the contact
 * as target, SUCCEEDED COMPLETED or FAILED with PERMANENT_ERROR (refused) or TRANSIENT_ERROR (tries
 * used up). The outcome id is derived from the delivery, so a redelivered event records the same
 * id.
 */
final class PagerOutcomes {

  private PagerOutcomes() {}

  static RemediationOutcome of(DeliveryReport report, IncidentView incident, String causeEventId) {
    Delivery delivery = report.delivery();
    String ending = report.ending().name();
    return RemediationOutcome.newBuilder()
        .setOutcomeId(
            UUID.nameUUIDFromBytes(
                    ("paging|" + delivery.idempotencyKey() + "|" + ending)
                        .getBytes(StandardCharsets.UTF_8))
                .toString())
        .setIncidentId(delivery.notice().incidentId())
        .setRunbookId(incident.runbookId())
        .setStep("page." + delivery.notice().update().name().toLowerCase(Locale.ROOT))
        .setKind(OutcomeKind.NOTIFICATION)
        .setOperation(operation(delivery.contact(), delivery.notice().move()))
        .setTarget(delivery.contact().text())
        .setStatus(report.delivered() ? OutcomeStatus.SUCCEEDED : OutcomeStatus.FAILED)
        .setReason(reason(report.ending()))
        .setMessage(report.said())
        .setEvidence(
            Evidence.newBuilder()
                .setFigures(Map.of("attempts", Integer.toString(report.attempts())))
                .setLines(List.of(delivery.notice().summary()))
                .build())
        .setAttempt(report.attempts())
        .setStartedAt(report.startedAt())
        .setFinishedAt(report.finishedAt())
        .setCatalogVersion(incident.catalogVersion())
        .setActionKey(delivery.notice().incidentId() + "/paging/" + delivery.idempotencyKey())
        .setCauseEventId(causeEventId)
        .build();
  }

  /** For example {@code pagerduty.trigger}, {@code opsgenie.close}, {@code slack.post}. */
  static String operation(Contact contact, Move move) {
    String verb = move.name().toLowerCase(Locale.ROOT);
    return switch (contact.scheme()) {
      case PAGER -> "pagerduty." + verb;
      case OPSGENIE -> "opsgenie." + (move == Move.RESOLVE ? "close" : verb);
      case SLACK -> "slack.post";
      case EMAIL -> "email.send";
      case WEBHOOK -> "webhook.post";
      case OTHER -> "notify";
    };
  }

  private static OutcomeReason reason(DeliveryReport.Ending ending) {
    return switch (ending) {
      case DELIVERED -> OutcomeReason.COMPLETED;
      case REFUSED -> OutcomeReason.PERMANENT_ERROR;
      case GAVE_UP -> OutcomeReason.TRANSIENT_ERROR;
    };
  }
}
