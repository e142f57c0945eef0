package dev.responder.remediator.adapter.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import dev.responder.sandbox.paging.Answer;
import dev.responder.sandbox.paging.PagerDutyLoopback;
import dev.responder.sandbox.paging.PagerDutyLoopback.AlertStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One attempt each, against a loopback that holds requests to the Events API v2 format. */
class PagerDutyEventsTest {

  private static final String KEY = "R0UT1NGK3Y0F32CHARACTERSXXXXXXXX";
  private static final String INC = "INC-20261203-P1";

  private final PagerDutyLoopback pagerDuty = new PagerDutyLoopback(Clock.systemUTC());
  private final PagerDutyEvents events =
      new PagerDutyEvents(
          new HttpExchange(Duration.ofSeconds(5), Clock.systemUTC()),
          pagerDuty.enqueue(),
          Map.of("crm-oncall", KEY, "short", "too-short"));

  @AfterEach
  void stop() {
    pagerDuty.close();
  }

  @Test
  void shouldTriggerAcknowledgeAndResolveOneAlertKeyedByTheIncident() {
    // when
    Attempt triggered = events.deliver(page(Move.TRIGGER, "crm-oncall"));
    Attempt again = events.deliver(page(Move.TRIGGER, "crm-oncall"));
    Attempt acknowledged = events.deliver(page(Move.ACKNOWLEDGE, "crm-oncall"));
    // then PagerDuty holds one alert, acknowledged
    assertThat(List.of(triggered, again, acknowledged))
        .allMatch(Attempt.Delivered.class::isInstance);
    assertThat(pagerDuty.alertsOpened()).isEqualTo(1);
    assertThat(pagerDuty.alert(KEY, INC)).contains(AlertStatus.ACKNOWLEDGED);
    assertThat(pagerDuty.accepted().get(0).body().at("/payload/severity").asText())
        .isEqualTo("critical");
    // and when it is resolved
    events.deliver(page(Move.RESOLVE, "crm-oncall"));
    assertThat(pagerDuty.alert(KEY, INC)).contains(AlertStatus.RESOLVED);
  }

  @Test
  void shouldReportA400WithPagerDutysErrorsAsRefused() {
    // when the routing key is not one PagerDuty accepts
    Attempt attempt = events.deliver(page(Move.TRIGGER, "short"));
    // then
    assertThat(attempt).isInstanceOf(Attempt.Refused.class);
    assertThat(((Attempt.Refused) attempt).why())
        .contains("PagerDuty answered 400", "invalid event", "routing_key")
        .doesNotContain("too-short");
  }

  @Test
  void shouldAskForAnotherTryOn429WithItsRetryAfterAndOn5xx() {
    pagerDuty.failNext(
        Answer.tooManyRequests(7, "{\"status\":\"throttle event\"}"),
        Answer.of(503, "{\"status\":\"unavailable\"}"));
    // when
    Attempt throttled = events.deliver(page(Move.TRIGGER, "crm-oncall"));
    Attempt unavailable = events.deliver(page(Move.TRIGGER, "crm-oncall"));
    // then
    assertThat(throttled)
        .isEqualTo(
            new Attempt.Retry(
                Optional.of(Duration.ofSeconds(7)),
                "PagerDuty answered 429: {\"status\":\"throttle event\"}"));
    assertThat(unavailable).isInstanceOf(Attempt.Retry.class);
    assertThat(((Attempt.Retry) unavailable).after()).isEmpty();
  }

  @Test
  void shouldRefuseAPagerContactWithNoRoutingKey() {
    Attempt attempt = events.deliver(page(Move.TRIGGER, "nobody"));
    assertThat(attempt)
        .isEqualTo(new Attempt.Refused("no PagerDuty routing key configured for pager:nobody"));
    assertThat(pagerDuty.received()).isEmpty();
  }

  static Delivery page(Move move, String name) {
    return new Delivery(
        Contact.parse("pager:" + name),
        new Notice(INC, move, Update.OPENED, "P1", "P1 API Unresponsive", List.of("x"), "evt-1"),
        1);
  }
}
