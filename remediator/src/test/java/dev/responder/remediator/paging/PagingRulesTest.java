package dev.responder.remediator.paging;

import static dev.responder.remediator.paging.Events.DETECTED;
import static dev.responder.remediator.paging.Events.event;
import static dev.responder.remediator.paging.Events.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.responder.remediator.plan.ShippedCatalog;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.avro.OutcomeStatus;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who hears what, on the shipped catalog's ladder: level 1 pager:crm-oncall and
 * slack:#crm-incidents, level 2 pager:platform-lead and slack:#crm-platform, level 3 slack:#devops
 * and email:devops@crm.example.
 */
class PagingRulesTest {

  private static final String INC = "INC-20261203-P1";
  private static final Contact CHANNEL = Contact.parse("slack:#crm-incidents");
  private static final Contact CAROL = Contact.parse("email:carol@crm.example");

  private final PagingRules rules =
      new PagingRules(
          new Ladder(ShippedCatalog.load().escalation()), CHANNEL, Map.of("carol", CAROL));

  @Test
  void shouldPageLevelOneAndTellTheIncidentChannelWhenAnIncidentOpens() {
    // given an incident that has just opened (no climb yet)
    // when
    List<Delivery> deliveries = rules.onEvent(event(INC, IncidentEventType.OPENED, 0, DETECTED));
    // then level 1's pager is triggered with the incident as its key, and the channel told once
    assertThat(deliveries)
        .extracting(d -> d.contact().text(), d -> d.notice().move(), Delivery::level)
        .containsExactly(
            tuple("pager:crm-oncall", Move.TRIGGER, 1),
            tuple("slack:#crm-incidents", Move.POST, 0));
    assertThat(deliveries.get(0).notice().incidentId()).isEqualTo(INC);
    assertThat(deliveries.get(1).notice().text())
        .contains("P1 API Unresponsive (" + INC + ") opened", "commander carol")
        .contains("classified: api-unresponsive matched by labels");
  }

  @Test
  void shouldPageTheNextLevelWhenTheCorrelatorRecordsAClimb() {
    // given the correlator's first climb (catalog level 2)
    // when
    List<Delivery> deliveries =
        rules.onEvent(event(INC, IncidentEventType.ESCALATED, 1, DETECTED.plusSeconds(900)));
    // then level 2's pager and channel hear of it, and the incident channel too
    assertThat(deliveries)
        .extracting(d -> d.contact().text(), d -> d.notice().move())
        .containsExactly(
            tuple("pager:platform-lead", Move.TRIGGER),
            tuple("slack:#crm-platform", Move.POST),
            tuple("slack:#crm-incidents", Move.POST));
    assertThat(deliveries.get(0).notice().summary())
        .contains("escalated to level 2 (Platform lead)");
  }

  @Test
  void shouldAcknowledgeEveryPageTheIncidentMayHoldWhenItIsAcknowledged() {
    // given an incident that reached level 2
    // when someone acknowledges it
    List<Delivery> deliveries =
        rules.onEvent(event(INC, IncidentEventType.ACKNOWLEDGED, 1, DETECTED.plusSeconds(1000)));
    // then both pages are acknowledged upstream and the channel hears who acknowledged
    assertThat(deliveries)
        .extracting(d -> d.contact().text(), d -> d.notice().move())
        .containsExactly(
            tuple("pager:crm-oncall", Move.ACKNOWLEDGE),
            tuple("pager:platform-lead", Move.ACKNOWLEDGE),
            tuple("slack:#crm-incidents", Move.POST));
    assertThat(deliveries.get(2).notice().summary()).contains("acknowledged by alice");
  }

  @Test
  void shouldResolvePagesAndTellTheDurationAndTheReportCommandWhenResolved() {
    // given an incident at level 1
    // when it resolves an hour, two minutes and three seconds after detection
    List<Delivery> deliveries =
        rules.onEvent(event(INC, IncidentEventType.RESOLVED, 0, DETECTED.plusSeconds(3723)));
    // then
    assertThat(deliveries)
        .extracting(d -> d.contact().text(), d -> d.notice().move())
        .containsExactly(
            tuple("pager:crm-oncall", Move.RESOLVE), tuple("slack:#crm-incidents", Move.POST));
    assertThat(deliveries.get(1).notice().text())
        .contains("resolved after 1h 02m 03s", "responder report " + INC);
  }

  @Test
  void shouldAnnounceAnApprovalToTheChannelAndTheCommanderWithTheExactCommands() {
    // given
    var waiting =
        outcome(
            INC,
            OutcomeKind.ACTION,
            OutcomeStatus.AWAITING_APPROVAL,
            OutcomeReason.APPROVAL_REQUIRED);
    IncidentView incident = PagingRules.view(event(INC, IncidentEventType.OPENED, 0, DETECTED));
    // when
    List<Delivery> deliveries = rules.onOutcome(waiting, incident);
    // then
    assertThat(deliveries).extracting(Delivery::contact).containsExactly(CHANNEL, CAROL);
    assertThat(deliveries.get(0).notice().details())
        .contains(
            "approve: responder approve " + waiting.getActionKey(),
            "reject:  responder reject " + waiting.getActionKey());
    assertThat(deliveries.get(0).notice().update()).isEqualTo(Update.AWAITING_APPROVAL);
  }

  @Test
  void shouldTellTheChannelOfAnActionOutcomeAndOfAFailedVerification() {
    IncidentView incident = PagingRules.view(event(INC, IncidentEventType.OPENED, 0, DETECTED));
    // when
    List<Delivery> action =
        rules.onOutcome(
            outcome(INC, OutcomeKind.ACTION, OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED),
            incident);
    List<Delivery> verification =
        rules.onOutcome(
            outcome(INC, OutcomeKind.VERIFICATION, OutcomeStatus.FAILED, OutcomeReason.NOT_FIXED),
            incident);
    List<Delivery> check =
        rules.onOutcome(
            outcome(INC, OutcomeKind.CHECK, OutcomeStatus.SUCCEEDED, OutcomeReason.COMPLETED),
            incident);
    // then
    assertThat(action)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.contact()).isEqualTo(CHANNEL);
              assertThat(d.notice().summary()).contains("restart_backend", "SUCCEEDED COMPLETED");
            });
    assertThat(verification)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.notice().update()).isEqualTo(Update.VERIFICATION_FAILED);
              assertThat(d.notice().summary()).contains("verification failed");
            });
    assertThat(check).isEmpty();
  }

  @Test
  void shouldTellTheChannelOfASeverityChangeAndACommanderAssigned() {
    // when
    List<Delivery> severity =
        rules.onEvent(event(INC, IncidentEventType.SEVERITY_CHANGED, 0, DETECTED));
    List<Delivery> commander =
        rules.onEvent(event(INC, IncidentEventType.COMMANDER_ASSIGNED, 0, DETECTED));
    // then
    assertThat(severity)
        .singleElement()
        .satisfies(d -> assertThat(d.notice().summary()).contains("severity P2 -> P1"));
    assertThat(commander).extracting(Delivery::contact).containsExactly(CHANNEL, CAROL);
  }

  @Test
  void shouldPageTheNextLevelWhenAPageCouldNotBeDelivered() {
    // given level 1's page that failed
    Delivery failed = rules.onEvent(event(INC, IncidentEventType.OPENED, 0, DETECTED)).get(0);
    IncidentView incident = PagingRules.view(event(INC, IncidentEventType.OPENED, 0, DETECTED));
    // when
    List<Delivery> next = rules.afterFailedPage(failed, incident, "PagerDuty answered 400");
    // then level 2 is paged now, and the channel hears why
    assertThat(next)
        .extracting(d -> d.contact().text(), Delivery::level)
        .startsWith(tuple("pager:platform-lead", 2));
    assertThat(next.get(0).notice().summary())
        .contains("could not page pager:crm-oncall (PagerDuty answered 400); paging level 2");
    assertThat(next).extracting(Delivery::contact).contains(CHANNEL);
  }

  @Test
  void shouldPageNobodyForAnIncidentSuppressedWhenItOpened() {
    // given an opening recorded as suppressed
    var opened = event(INC, IncidentEventType.OPENED, 0, DETECTED);
    opened.getIncident().setStatus(IncidentStatus.SUPPRESSED);
    // when / then
    assertThat(rules.onEvent(opened)).isEmpty();
  }

  @Test
  void shouldKeepTheSameIdempotencyKeyForTheSameEventAndContact() {
    var opened = event(INC, IncidentEventType.OPENED, 0, DETECTED);
    // when the same event is read twice
    List<String> first = rules.onEvent(opened).stream().map(Delivery::idempotencyKey).toList();
    List<String> again = rules.onEvent(opened).stream().map(Delivery::idempotencyKey).toList();
    // then
    assertThat(again).isEqualTo(first).doesNotHaveDuplicates();
  }
}
