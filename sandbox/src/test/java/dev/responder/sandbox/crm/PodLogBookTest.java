package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PodLogBookTest {

  private final PodLogBook logs =
      new PodLogBook(Clock.fixed(Instant.parse("2026-11-02T10:00:00Z"), ZoneOffset.UTC), 3);

  @Test
  void shouldServeTheLastLinesOfAPod() {
    // given
    logs.info("w-1", "processed 1 events from crm-events");
    logs.warn("w-1", "slow");
    logs.error("w-1", "boom");

    // when
    String tail = logs.log("crm", "w-1", 2);

    // then
    assertThat(tail)
        .isEqualTo("2026-11-02T10:00:00Z WARN  slow\n2026-11-02T10:00:00Z ERROR boom\n");
  }

  @Test
  void shouldKeepOnlyTheNewestLines() {
    // given
    for (int i = 1; i <= 5; i++) {
      logs.info("w-1", "line " + i);
    }

    // when
    String all = logs.log("crm", "w-1", -1);

    // then
    assertThat(all.lines()).hasSize(3).last().asString().endsWith("line 5");
  }

  @Test
  void shouldAnswerAnEmptyLogForAPodThatWroteNothing() {
    // given
    logs.info("w-1", "hello");
    logs.forget("w-1");

    // when
    String log = logs.log("crm", "w-1", 100);

    // then
    assertThat(log).isEmpty();
  }
}
