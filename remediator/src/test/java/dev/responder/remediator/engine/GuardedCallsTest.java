package dev.responder.remediator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.RetryPolicy;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class GuardedCallsTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-27T03:00:00Z"), ZoneOffset.UTC);

  private final GuardedCalls calls =
      new GuardedCalls(
          new CallSettings(Duration.ofSeconds(5), RetryPolicy.NONE, 3, Duration.ofMinutes(1)),
          CLOCK,
          duration -> {});
  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final AtomicInteger invocations = new AtomicInteger();

  @BeforeEach
  void captureLogs() {
    logged.start();
    ((Logger) LoggerFactory.getLogger(GuardedCalls.class)).addAppender(logged);
  }

  @AfterEach
  void release() {
    ((Logger) LoggerFactory.getLogger(GuardedCalls.class)).detachAppender(logged);
    calls.close();
  }

  @Test
  void shouldOpenTheCircuitOfADependencyWhoseAdapterKeepsThrowing() {
    Supplier<Result> crashing =
        () -> {
          invocations.incrementAndGet();
          throw new IllegalStateException("adapter bug");
        };

    GuardedCalls.Attempted first = calls.call(Dependency.KUBERNETES, crashing);
    calls.call(Dependency.KUBERNETES, crashing);
    calls.call(Dependency.KUBERNETES, crashing);
    GuardedCalls.Attempted refused = calls.call(Dependency.KUBERNETES, crashing);

    assertThat(first.result().failure()).contains(FailureKind.UNEXPECTED);
    assertThat(first.result().message()).contains("adapter bug");
    assertThat(calls.isOpen(Dependency.KUBERNETES)).isTrue();
    assertThat(refused.circuitOpen()).isTrue();
    assertThat(invocations).hasValue(3);
  }

  @Test
  void shouldLogAnUnexpectedAdapterExceptionWithItsStackTrace() {
    calls.call(
        Dependency.REDIS,
        () -> {
          throw new IllegalStateException("adapter bug");
        });

    assertThat(logged.list)
        .singleElement()
        .satisfies(
            event -> {
              assertThat(event.getLevel().toString()).isEqualTo("ERROR");
              assertThat(event.getThrowableProxy().getMessage()).isEqualTo("adapter bug");
              assertThat(event.getThrowableProxy().getStackTraceElementProxyArray()).isNotEmpty();
            });
  }

  @Test
  void shouldRefuseACallWhileEveryThreadIsHeldByACallThatOutlivedItsTimeout() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    GuardedCalls oneThread =
        new GuardedCalls(
            new CallSettings(Duration.ofMillis(20), RetryPolicy.NONE, 3, Duration.ofMinutes(1)),
            CLOCK,
            duration -> {},
            1);
    try {
      // A client that ignores the interrupt: it keeps its thread after the backstop gives up.
      GuardedCalls.Attempted hung =
          oneThread.call(
              Dependency.POSTGRES,
              () -> {
                awaitIgnoringInterrupts(release);
                return Result.ok(Observation.empty());
              });

      GuardedCalls.Attempted refused =
          oneThread.call(
              Dependency.REDIS,
              () -> {
                invocations.incrementAndGet();
                return Result.ok(Observation.empty());
              });

      assertThat(hung.result().failure()).contains(FailureKind.TIMEOUT);
      assertThat(refused.result().failure()).contains(FailureKind.UNAVAILABLE);
      assertThat(refused.result().message()).contains("call threads are all held");
      assertThat(refused.tries()).isZero();
      assertThat(invocations).hasValue(0);
    } finally {
      release.countDown();
      oneThread.close();
    }
  }

  private static void awaitIgnoringInterrupts(CountDownLatch latch) {
    while (true) {
      try {
        latch.await();
        return;
      } catch (InterruptedException e) {
        // ignored on purpose, as JDBC, Lettuce and the JDK's HTTP client do
      }
    }
  }

  @Test
  void shouldKeepTheCircuitClosedWhenTheDependencyAnswersWithAPermanentRefusal() {
    for (int i = 0; i < 5; i++) {
      calls.call(Dependency.HTTP, () -> Result.failed(FailureKind.PERMANENT, "404"));
    }

    assertThat(calls.isOpen(Dependency.HTTP)).isFalse();
  }

  @Test
  void shouldNotRetryAnUnexpectedFailureBecauseItMayHaveTakenEffect() {
    GuardedCalls retrying =
        new GuardedCalls(
            new CallSettings(
                Duration.ofSeconds(5),
                new RetryPolicy(3, Duration.ZERO, Duration.ZERO),
                5,
                Duration.ofMinutes(1)),
            CLOCK,
            duration -> {});

    GuardedCalls.Attempted attempted =
        retrying.call(
            Dependency.POSTGRES,
            () -> {
              invocations.incrementAndGet();
              throw new IllegalStateException("adapter bug");
            });
    retrying.close();

    assertThat(attempted.tries()).isEqualTo(1);
    assertThat(invocations).hasValue(1);
    assertThat(FailureKind.UNEXPECTED.mayHaveTakenEffect()).isTrue();
  }
}
