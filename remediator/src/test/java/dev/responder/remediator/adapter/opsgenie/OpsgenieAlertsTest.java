package dev.responder.remediator.adapter.opsgenie;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import dev.responder.sandbox.paging.Answer;
import dev.responder.sandbox.paging.OpsgenieLoopback;
import dev.responder.sandbox.paging.OpsgenieLoopback.AlertStatus;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** One attempt each, against a loopback that holds requests to Opsgenie's Alert API format. */
class OpsgenieAlertsTest {

  private static final String INC = "INC-20261203-P1";

  private final OpsgenieLoopback opsgenie = new OpsgenieLoopback(Clock.systemUTC(), "genie-key");
  private final HttpExchange http = new HttpExchange(Duration.ofSeconds(5), Clock.systemUTC());
  private final OpsgenieAlerts alerts = new OpsgenieAlerts(http, opsgenie.uri(), "genie-key");

  @AfterEach
  void stop() {
    opsgenie.close();
  }

  @Test
  void shouldCreateAcknowledgeAndCloseOneAlertByItsAlias() {
    // when
    alerts.deliver(page(Move.TRIGGER, "P1 API Unresponsive"));
    alerts.deliver(page(Move.TRIGGER, "P1 API Unresponsive"));
    Attempt acknowledged = alerts.deliver(page(Move.ACKNOWLEDGE, "acknowledged by alice"));
    // then one alert, counted twice, acknowledged, with the team as responder
    assertThat(acknowledged).isInstanceOf(Attempt.Delivered.class);
    assertThat(opsgenie.count(INC)).isEqualTo(2);
    assertThat(opsgenie.alert(INC)).contains(AlertStatus.ACKNOWLEDGED);
    assertThat(opsgenie.accepted().get(0).body().at("/responders/0/name").asText())
        .isEqualTo("crm-team");
    assertThat(opsgenie.accepted().get(0).body().get("priority").asText()).isEqualTo("P1");
    // and when it is resolved
    alerts.deliver(page(Move.RESOLVE, "resolved"));
    assertThat(opsgenie.alert(INC)).contains(AlertStatus.CLOSED);
  }

  @Test
  void shouldCutTheMessageToOpsgeniesLimit() {
    Attempt attempt = alerts.deliver(page(Move.TRIGGER, "x".repeat(500)));
    assertThat(attempt).isInstanceOf(Attempt.Delivered.class);
    assertThat(opsgenie.accepted().get(0).body().get("message").asText()).hasSize(130);
  }

  @Test
  void shouldReportAWrongKeyAndA422AsRefused() {
    OpsgenieAlerts wrongKey = new OpsgenieAlerts(http, opsgenie.uri(), "other-key");
    opsgenie.failNext(
        Answer.of(
            422,
            "{\"message\":\"Request body is not processable. Please check the errors.\","
                + "\"errors\":{\"message\":\"Message can not be empty.\"}}"));
    // when
    Attempt invalid = alerts.deliver(page(Move.TRIGGER, "P1"));
    Attempt unauthenticated = wrongKey.deliver(page(Move.TRIGGER, "P1"));
    // then
    assertThat(invalid).isInstanceOf(Attempt.Refused.class);
    assertThat(((Attempt.Refused) invalid).why()).contains("422", "Message can not be empty");
    assertThat(unauthenticated).isInstanceOf(Attempt.Refused.class);
    assertThat(((Attempt.Refused) unauthenticated).why())
        .contains("401", "Could not authenticate")
        .doesNotContain("other-key");
  }

  @Test
  void shouldAskForAnotherTryOn429() {
    opsgenie.failNext(
        Answer.tooManyRequests(3, "{\"message\":\"You are making too many requests!\"}"));
    Attempt attempt = alerts.deliver(page(Move.TRIGGER, "P1"));
    assertThat(attempt).isInstanceOf(Attempt.Retry.class);
    assertThat(((Attempt.Retry) attempt).after()).isEqualTo(Optional.of(Duration.ofSeconds(3)));
  }

  private static Delivery page(Move move, String summary) {
    return new Delivery(
        Contact.parse("opsgenie:crm-team"),
        new Notice(INC, move, Update.OPENED, "P1", summary, List.of("detail"), "evt-" + move),
        1);
  }
}
