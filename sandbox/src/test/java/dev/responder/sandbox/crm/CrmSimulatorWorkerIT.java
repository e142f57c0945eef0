package dev.responder.sandbox.crm;

import static dev.responder.sandbox.crm.SimulatedPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrmSimulatorWorkerIT {

  private final SimulatedPlatform platform = new SimulatedPlatform();
  private final CrmSimulator simulator = platform.simulator;

  @AfterEach
  void restoreTheSandbox() throws Exception {
    platform.close();
  }

  @Test
  void shouldDrainTheQueueFasterWithMoreWorkerReplicas() {
    // given 2 worker pods at 10 events/s each
    simulator.floodQueue(1000);

    // when one second passes
    platform.clock.advance(Duration.ofSeconds(1));

    // then
    awaitProcessed(20);

    // and when scaled to 4 and another second passes
    platform.scale("crm-worker", 4);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> simulator.snapshot().readyPods().get("crm-worker").size() == 4);
    platform.clock.advance(Duration.ofSeconds(1));

    // then twice as many
    awaitProcessed(20 + 40);
    assertThat(simulator.snapshot().queueDepth()).isEqualTo(1000 - 60);
  }

  @Test
  void shouldLogProcessedLinesThatTheApiServes() {
    // given
    simulator.floodQueue(100);

    // when
    platform.clock.advance(Duration.ofSeconds(1));
    awaitProcessed(20);

    // then
    String pod = platform.podNames("crm-worker").get(0);
    assertThat(platform.log(pod, 100)).contains("processed 10 events from crm-events");
  }

  @Test
  void shouldStallWhenStuckUntilTheWorkerIsRestarted() {
    // given
    simulator.stallWorker();
    simulator.floodQueue(500);

    // when time passes (the stall is logged in the round that saw it)
    platform.clock.advance(Duration.ofSeconds(10));
    String pod = platform.podNames("crm-worker").get(0);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                platform
                    .kubernetes()
                    .pods()
                    .inNamespace("crm")
                    .withName(pod)
                    .getLog()
                    .contains("blocked"));

    // then
    assertThat(simulator.snapshot().processedEvents()).isZero();
    assertThat(simulator.snapshot().queueDepth()).isEqualTo(500);

    // and when restarted
    platform.restart("crm-worker");
    await().atMost(Duration.ofSeconds(10)).until(() -> !simulator.snapshot().workerStuck());
    platform.clock.advance(Duration.ofSeconds(1));

    // then
    awaitProcessed(20);
  }

  private void awaitProcessed(long events) {
    eventually(() -> assertThat(simulator.snapshot().processedEvents()).isEqualTo(events));
  }
}
