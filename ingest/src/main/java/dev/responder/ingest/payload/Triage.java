package dev.responder.ingest.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Sorts the items of one request into alerts and dead letters, so one bad alert never costs the
 * others: an item past the request's alert limit, larger than an alert may be, sharing a problem of
 * its request's envelope, or failing to read is dead-lettered with its reason; every other item is
 * read into an {@link Alert}.
 */
final class Triage {

  private final PayloadLimits limits;
  private final AlertSource source;
  private final String noun;
  private final List<Alert> alerts = new ArrayList<>();
  private final List<DeadLetter> deadLetters = new ArrayList<>();

  /**
   * @param noun what the items are called in messages ({@code alerts}, {@code events})
   */
  Triage(PayloadLimits limits, AlertSource source, String noun) {
    this.limits = limits;
    this.source = source;
    this.noun = noun;
  }

  /**
   * Reads the item, or dead-letters it.
   *
   * @param index the item's position in the request (0 for a lone CRM event)
   * @param pointer the item's JSON pointer
   * @param shared a problem of the whole envelope every item shares, or null
   * @param read reads a valid item; throws {@link InvalidPayloadException} for an invalid one
   */
  void sort(
      StrictJson.Item item,
      int index,
      String pointer,
      Problem shared,
      BiFunction<ObjectNode, String, Alert> read) {
    Problem problem = shared == null ? limitProblem(item, index, pointer) : shared;
    if (problem == null) {
      try {
        alerts.add(read.apply(Fields.object(item.node(), pointer), pointer));
        return;
      } catch (InvalidPayloadException e) {
        problem = e.problem();
      }
    }
    deadLetters.add(new DeadLetter(source, pointer, problem, item.raw()));
  }

  private Problem limitProblem(StrictJson.Item item, int index, String pointer) {
    if (index >= limits.maxAlerts()) {
      return new Problem(
          Rejection.TOO_MANY_ALERTS,
          pointer + " is past the limit of " + limits.maxAlerts() + " " + noun + " per request",
          pointer);
    }
    if (item.raw().length > limits.maxAlertBytes()) {
      return new Problem(
          Rejection.ALERT_TOO_LARGE,
          pointer
              + " has "
              + item.raw().length
              + " bytes; the limit is "
              + limits.maxAlertBytes()
              + " per item",
          pointer);
    }
    return null;
  }

  ParseOutcome.Accepted outcome(int truncatedAlerts) {
    return new ParseOutcome.Accepted(alerts, deadLetters, truncatedAlerts);
  }
}
