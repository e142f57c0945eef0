package dev.responder.remediator.pager;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.adapter.pagerduty.PagerDutyEvents;
import dev.responder.remediator.paging.Backoff;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import dev.responder.sandbox.paging.Answer;
import dev.responder.sandbox.paging.PagerDutyLoopback;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * At least once, against the PagerDuty loopback: retries with exponential backoff, waits at least
 * as long as a 429's Retry-After, sends the same dedup key every time, never retries a 400, gives
 * up after the last attempt, and counts failures for the alert rule. Waits are recorded, not slept.
 */
class DeliveryRunnerTest {

  private static final String KEY = "R0UT1NGK3Y0F32CHARACTERSXXXXXXXX";

  private final PagerDutyLoopback pagerDuty = new PagerDutyLoopback(Clock.systemUTC());
  private final List<Duration> waits = new ArrayList<>();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final DeliveryRunner runner =
      new DeliveryRunner(
          new PagerDutyEvents(
              new HttpExchange(Duration.ofSeconds(5), Clock.systemUTC()),
              pagerDuty.enqueue(),
              Map.of("crm-oncall", KEY, "bad", "not-32-characters")),
          new Backoff(4, Duration.ofSeconds(1), Duration.ofSeconds(30)),
          waits::add,
          Clock.systemUTC(),
          registry);

  @AfterEach
  void stop() {
    pagerDuty.close();
  }

  @Test
  void shouldRetryWithBackoffHonouringRetryAfterUntilDelivered() throws Exception {
    // given PagerDuty throttles, then fails, then takes the event
    pagerDuty.failNext(
        Answer.tooManyRequests(10, "{\"status\":\"throttle event\"}"),
        Answer.of(500, "{\"status\":\"error\"}"));
    // when
    DeliveryReport report = runner.run(page("crm-oncall"));
    // then it waited the 10 s PagerDuty asked, then the doubled backoff, and delivered once
    assertThat(report.delivered()).isTrue();
    assertThat(report.attempts()).isEqualTo(3);
    assertThat(waits).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(2));
    assertThat(pagerDuty.received())
        .extracting(r -> r.body().get("dedup_key").asText())
        .containsOnly("INC-1");
    assertThat(pagerDuty.alertsOpened()).isEqualTo(1);
  }

  @Test
  void shouldNotRetryA400ButReportItAndCountTheFailure() throws Exception {
    // when
    DeliveryReport report = runner.run(page("bad"));
    // then
    assertThat(report.ending()).isEqualTo(DeliveryReport.Ending.REFUSED);
    assertThat(report.attempts()).isEqualTo(1);
    assertThat(report.said()).contains("400", "routing_key");
    assertThat(waits).isEmpty();
    assertThat(pagerDuty.answered(400)).hasSize(1);
    assertThat(failures("pager")).isEqualTo(1.0);
  }

  @Test
  void shouldGiveUpAfterTheLastAttempt() throws Exception {
    pagerDuty.failNext(
        Answer.of(502, ""), Answer.of(502, ""), Answer.of(502, ""), Answer.of(502, ""));
    // when
    DeliveryReport report = runner.run(page("crm-oncall"));
    // then four tries, three waits doubling from 1 s
    assertThat(report.ending()).isEqualTo(DeliveryReport.Ending.GAVE_UP);
    assertThat(report.attempts()).isEqualTo(4);
    assertThat(waits)
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
    assertThat(failures("pager")).isEqualTo(1.0);
  }

  private double failures(String scheme) {
    return registry
        .get("responder_deliveries")
        .tag("scheme", scheme)
        .tag("result", "failed")
        .counter()
        .count();
  }

  private static Delivery page(String name) {
    return new Delivery(
        Contact.parse("pager:" + name),
        new Notice("INC-1", Move.TRIGGER, Update.OPENED, "P1", "P1 down", List.of(), "evt-1"),
        1);
  }
}
