package dev.responder.remediator.adapter.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Contact;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Move;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.paging.Update;
import dev.responder.sandbox.paging.Answer;
import dev.responder.sandbox.paging.SlackLoopback;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Against loopback incoming webhooks that check Block Kit and answer Slack's error words. */
class SlackWebhooksTest {

  private final SlackLoopback slack = new SlackLoopback(Clock.systemUTC());
  private final SlackWebhooks webhooks =
      new SlackWebhooks(
          new HttpExchange(Duration.ofSeconds(5), Clock.systemUTC()),
          Map.of(
              "#crm-incidents", slack.webhook("#crm-incidents"),
              "#devops", slack.webhook("#devops")));

  @AfterEach
  void stop() {
    slack.close();
  }

  @Test
  void shouldPostBlocksToTheWebhookOfTheContactsChannelWithoutAChannelField() {
    // when
    Attempt attempt =
        webhooks.deliver(post("slack:#devops", "P1 <API> & down", List.of("approve: x")));
    // then
    assertThat(attempt).isInstanceOf(Attempt.Delivered.class);
    assertThat(slack.messages("#devops"))
        .singleElement()
        .satisfies(
            message -> {
              assertThat(message.sentChannelField()).isFalse();
              assertThat(message.text()).isEqualTo("P1 <API> & down");
              assertThat(message.blocks().get(0).at("/text/text").asText())
                  .isEqualTo("*P1 &lt;API&gt; &amp; down*");
              assertThat(message.blocks().get(1).at("/text/text").asText()).isEqualTo("approve: x");
              assertThat(message.blocks().get(2).get("type").asText()).isEqualTo("context");
            });
    assertThat(slack.messages("#crm-incidents")).isEmpty();
  }

  @Test
  void shouldRefuseAChannelWithNoWebhookAndReportSlacksErrorWords() {
    slack.failNext(Answer.of(400, "invalid_blocks"), Answer.of(410, "channel_is_archived"));
    // when
    Attempt unknown = webhooks.deliver(post("slack:#nowhere", "hello", List.of()));
    Attempt invalid = webhooks.deliver(post("slack:#devops", "hello", List.of()));
    Attempt archived = webhooks.deliver(post("slack:#devops", "hello", List.of()));
    // then
    assertThat(unknown)
        .isEqualTo(new Attempt.Refused("no Slack incoming webhook configured for slack:#nowhere"));
    assertThat(((Attempt.Refused) invalid).why()).isEqualTo("Slack answered 400: invalid_blocks");
    assertThat(((Attempt.Refused) archived).why()).contains("channel_is_archived");
  }

  @Test
  void shouldAskForAnotherTryWhenSlackIsRateLimiting() {
    slack.failNext(Answer.tooManyRequests(30, "rate_limited"));
    Attempt attempt = webhooks.deliver(post("slack:#devops", "hello", List.of()));
    assertThat(attempt)
        .isEqualTo(
            new Attempt.Retry(
                Optional.of(Duration.ofSeconds(30)), "Slack answered 429: rate_limited"));
  }

  private static Delivery post(String contact, String summary, List<String> details) {
    return new Delivery(
        Contact.parse(contact),
        new Notice("INC-1", Move.POST, Update.OPENED, "P1", summary, details, "evt-1"),
        0);
  }
}
