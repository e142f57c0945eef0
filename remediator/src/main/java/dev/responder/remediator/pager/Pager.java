package dev.responder.remediator.pager;

import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.IncidentView;
import dev.responder.remediator.paging.PagingRules;
import dev.responder.remediator.paging.StormFold;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.RemediationOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One record at a time: an incident event or a step's outcome becomes deliveries (the rules), a
 * channel update may be folded into its storm window's digest, the rest are delivered (the runner)
 * and each delivery's end becomes an outcome to publish. A page that could not be delivered pages
 * the next level at once. Remembers the latest header of recent incidents (outcomes do not carry
 * the commander) and the idempotency keys delivered lately, so a record read twice is sent once.
 * Single-threaded.
 */
public final class Pager {

  private static final int REMEMBERED = 10_000;

  private final PagingRules rules;
  private final StormFold fold;
  private final DeliveryRunner runner;
  private final Clock clock;
  private final Map<String, IncidentView> incidents = bounded();
  private final Set<String> delivered = Collections.newSetFromMap(bounded());

  Pager(PagingRules rules, StormFold fold, DeliveryRunner runner, Clock clock) {
    this.rules = rules;
    this.fold = fold;
    this.runner = runner;
    this.clock = clock;
  }

  /** The outcomes of the deliveries an incident event causes. */
  public List<RemediationOutcome> onEvent(IncidentEvent event) throws InterruptedException {
    IncidentView incident = PagingRules.view(event);
    incidents.put(incident.incidentId(), incident);
    return deliver(rules.onEvent(event), incident, event.getEventId());
  }

  /** The outcomes of the deliveries a step's outcome causes; the pager's own cause none. */
  public List<RemediationOutcome> onOutcome(RemediationOutcome outcome)
      throws InterruptedException {
    if (outcome.getKind() == OutcomeKind.NOTIFICATION) {
      return List.of();
    }
    IncidentView incident =
        incidents.getOrDefault(
            outcome.getIncidentId(),
            IncidentView.unknown(
                outcome.getIncidentId(),
                outcome.getRunbookId(),
                outcome.getCatalogVersion(),
                outcome.getStartedAt()));
    return deliver(rules.onOutcome(outcome, incident), incident, outcome.getCauseEventId());
  }

  /** Sends the digests of storm windows that have ended. */
  public List<RemediationOutcome> tick() throws InterruptedException {
    List<RemediationOutcome> outcomes = new ArrayList<>();
    for (Delivery digest : fold.due(clock.instant())) {
      IncidentView incident =
          incidents.getOrDefault(
              digest.notice().incidentId(),
              IncidentView.unknown(digest.notice().incidentId(), "", "", clock.instant()));
      outcomes.addAll(send(digest, incident, null));
    }
    return outcomes;
  }

  private List<RemediationOutcome> deliver(
      List<Delivery> deliveries, IncidentView incident, String cause) throws InterruptedException {
    List<RemediationOutcome> outcomes = new ArrayList<>();
    for (Delivery delivery : deliveries) {
      if (fold.admit(delivery, incident, clock.instant())) {
        outcomes.addAll(send(delivery, incident, cause));
      }
    }
    return outcomes;
  }

  private List<RemediationOutcome> send(Delivery delivery, IncidentView incident, String cause)
      throws InterruptedException {
    if (delivered.contains(delivery.idempotencyKey())) {
      return List.of();
    }
    DeliveryReport report = runner.run(delivery);
    List<RemediationOutcome> outcomes = new ArrayList<>();
    outcomes.add(PagerOutcomes.of(report, incident, cause));
    if (report.delivered()) {
      delivered.add(delivery.idempotencyKey());
    } else {
      for (Delivery next : rules.afterFailedPage(delivery, incident, report.said())) {
        outcomes.addAll(send(next, incident, cause));
      }
    }
    return outcomes;
  }

  private static <V> Map<String, V> bounded() {
    return new LinkedHashMap<>(256, 0.75f, true) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > REMEMBERED;
      }
    };
  }
}
