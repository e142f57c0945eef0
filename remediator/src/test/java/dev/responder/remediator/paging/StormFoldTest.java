package dev.responder.remediator.paging;

import static dev.responder.remediator.paging.Events.DETECTED;
import static dev.responder.remediator.paging.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.plan.ShippedCatalog;
import dev.responder.schemas.avro.IncidentEventType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StormFoldTest {

  private final PagingRules rules =
      new PagingRules(
          new Ladder(ShippedCatalog.load().escalation()),
          Contact.parse("slack:#crm-incidents"),
          Map.of());
  private final StormFold fold = new StormFold(Duration.ofMinutes(1));

  @Test
  void shouldPostTheFirstUpdateAndFoldTheRestOfAStormIntoOneDigest() {
    // given 20 incidents of one runbook and scope opening within the window
    int sent = 0;
    int pages = 0;
    for (int i = 0; i < 20; i++) {
      var opened = event("INC-" + i, IncidentEventType.OPENED, 0, DETECTED.plusSeconds(i));
      for (Delivery delivery : rules.onEvent(opened)) {
        if (fold.admit(delivery, PagingRules.view(opened), DETECTED.plusSeconds(i))) {
          if (delivery.notice().move() == Move.TRIGGER) {
            pages++;
          } else {
            sent++;
          }
        }
      }
    }
    // when the window ends
    List<Delivery> digests = fold.due(DETECTED.plusSeconds(61));
    // then every incident was paged, the channel got one post and one digest of the other 19
    assertThat(pages).isEqualTo(20);
    assertThat(sent).isEqualTo(1);
    assertThat(digests)
        .singleElement()
        .satisfies(
            digest -> {
              assertThat(digest.contact().text()).isEqualTo("slack:#crm-incidents");
              assertThat(digest.notice().summary())
                  .startsWith(
                      "opened: 19 more incidents of runbook api-unresponsive in scope crm/crm-backend")
                  .contains("INC-1, INC-2")
                  .contains("(and 9 more)");
            });
    assertThat(fold.due(DETECTED.plusSeconds(200))).isEmpty();
  }

  @Test
  void shouldSendEveryUpdateWhenTheWindowIsZero() {
    StormFold off = new StormFold(Duration.ZERO);
    var first = event("INC-1", IncidentEventType.OPENED, 0, DETECTED);
    var second = event("INC-2", IncidentEventType.OPENED, 0, DETECTED);
    Delivery post1 = rules.onEvent(first).get(1);
    Delivery post2 = rules.onEvent(second).get(1);
    assertThat(off.admit(post1, PagingRules.view(first), DETECTED)).isTrue();
    assertThat(off.admit(post2, PagingRules.view(second), DETECTED)).isTrue();
    assertThat(off.due(DETECTED.plusSeconds(120))).isEmpty();
  }
}
