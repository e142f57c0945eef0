package dev.responder.remediator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.RetryPolicy;
import dev.responder.remediator.port.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
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
