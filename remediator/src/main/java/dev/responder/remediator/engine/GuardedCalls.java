package dev.responder.remediator.engine;

import dev.responder.remediator.guard.CircuitBreaker;
import dev.responder.remediator.guard.Dependency;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.guard.RetryPolicy;
import dev.responder.remediator.port.Result;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every call to a dependency goes through here: its circuit breaker first, then the call on a
 * bounded pool under a backstop timeout, retried with backoff only when the failure is transient.
 */
final class GuardedCalls implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(GuardedCalls.class);

  /**
   * Calls that may run at once. The loop makes one call at a time; the others are calls that
   * outlived the backstop timeout (JDBC, Lettuce and HTTP ignore interrupts) and still run.
   */
  static final int MAX_IN_FLIGHT = 8;

  private final Map<Dependency, CircuitBreaker> breakers = new EnumMap<>(Dependency.class);
  private final RetryPolicy retry;
  private final Duration timeout;
  private final Clock clock;
  private final Sleeper sleeper;
  private final int maxInFlight;
  private final ExecutorService executor;

  GuardedCalls(CallSettings settings, Clock clock, Sleeper sleeper) {
    this(settings, clock, sleeper, MAX_IN_FLIGHT);
  }

  GuardedCalls(CallSettings settings, Clock clock, Sleeper sleeper, int maxInFlight) {
    for (Dependency dependency : Dependency.values()) {
      breakers.put(
          dependency, new CircuitBreaker(settings.circuitThreshold(), settings.circuitOpenFor()));
    }
    this.retry = settings.retry();
    // The clients' own timeouts (the same setting) end a call first; this is the backstop.
    this.timeout = settings.timeout().plus(settings.timeout().dividedBy(2));
    this.clock = clock;
    this.sleeper = sleeper;
    this.maxInFlight = maxInFlight;
    // No queue: a call either gets a thread at once or is refused.
    this.executor =
        new ThreadPoolExecutor(
            0,
            maxInFlight,
            1,
            TimeUnit.MINUTES,
            new SynchronousQueue<>(),
            runnable -> {
              Thread thread = new Thread(runnable, "remediator-call");
              thread.setDaemon(true);
              return thread;
            });
  }

  /** Whether the dependency's circuit is open now (calls would be refused). */
  synchronized boolean isOpen(Dependency dependency) {
    return breakers.get(dependency).state(clock.instant()) == CircuitBreaker.State.OPEN;
  }

  /** The dependency's circuit state now, for the service's gauges (read from another thread). */
  synchronized CircuitBreaker.State state(Dependency dependency) {
    return breakers.get(dependency).state(clock.instant());
  }

  /** The call's result with the number of tries, or a refusal when the circuit is open. */
  Attempted call(Dependency dependency, Supplier<Result> call) {
    int tries = 0;
    while (true) {
      if (!allows(dependency)) {
        return new Attempted(
            Result.failed(FailureKind.UNAVAILABLE, dependency + " circuit is open"), tries, true);
      }
      Optional<Future<Result>> started = submit(call);
      if (started.isEmpty()) {
        notCalled(dependency);
        return new Attempted(saturated(), tries, false);
      }
      tries++;
      Result result = withTimeout(started.get());
      record(dependency, result);
      int tried = tries;
      Optional<Duration> delay = result.failure().flatMap(kind -> retry.nextDelay(tried, kind));
      if (delay.isEmpty()) {
        return new Attempted(result, tries, false);
      }
      sleeper.sleep(delay.get());
    }
  }

  private synchronized boolean allows(Dependency dependency) {
    return breakers.get(dependency).allowsCall(clock.instant());
  }

  /**
   * A finding such as "endpoint down", or a PERMANENT refusal (the dependency answered: not found,
   * forbidden), is a success of the call; every other failure counts against the circuit.
   */
  private synchronized void record(Dependency dependency, Result result) {
    if (result.succeeded() || result.failure().get() == FailureKind.PERMANENT) {
      breakers.get(dependency).recordSuccess();
    } else {
      breakers.get(dependency).recordFailure(clock.instant());
    }
  }

  private Optional<Future<Result>> submit(Supplier<Result> call) {
    try {
      return Optional.of(executor.submit(call::get));
    } catch (RejectedExecutionException e) {
      return Optional.empty();
    }
  }

  private synchronized void notCalled(Dependency dependency) {
    breakers.get(dependency).recordNotCalled();
  }

  /** No call went out, so the dependency's circuit is not told; nothing took effect. */
  private Result saturated() {
    LOGGER.warn("All {} call threads are busy with calls that outlived their timeout", maxInFlight);
    return Result.failed(
        FailureKind.UNAVAILABLE,
        "refused: the "
            + maxInFlight
            + " call threads are all held by calls still running past their timeout;"
            + " nothing was called");
  }

  /**
   * Waits for the call up to the backstop. A call still running then is interrupted, which the
   * clients mostly ignore: it may still be in flight and take effect, which is why an action that
   * timed out is settled by reading its target.
   */
  private Result withTimeout(Future<Result> future) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      return Result.failed(FailureKind.TIMEOUT, "no answer within " + timeout);
    } catch (ExecutionException e) {
      LOGGER.error("A call failed with an exception its adapter does not classify", e.getCause());
      return Result.failed(FailureKind.UNEXPECTED, "call failed unexpectedly: " + e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed(FailureKind.TIMEOUT, "interrupted");
    }
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }

  /** A call's result, how many times it was tried, and whether the circuit refused it. */
  record Attempted(Result result, int tries, boolean circuitOpen) {}
}
