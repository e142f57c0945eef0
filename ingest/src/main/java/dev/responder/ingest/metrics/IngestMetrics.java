package dev.responder.ingest.metrics;

import dev.responder.ingest.payload.DeadLetter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests and alerts by endpoint and outcome ({@code accepted}, {@code dead_lettered} or the
 * reason they were refused), dead letters by reason, Kafka produce latency per request, requests in
 * flight, and alerts Alertmanager truncated. In Prometheus: {@code
 * responder_ingest_requests_total}, {@code responder_ingest_alerts_total}, {@code
 * responder_ingest_dead_letters_total}, {@code responder_ingest_produce_seconds}, {@code
 * responder_ingest_requests_in_flight}, {@code responder_ingest_truncated_alerts_total}.
 */
public final class IngestMetrics {

  public static final String ACCEPTED = "accepted";
  public static final String DEAD_LETTERED = "dead_lettered";

  private final MeterRegistry registry;
  private final AtomicInteger inFlight = new AtomicInteger();

  public IngestMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("responder.ingest.requests.in.flight", inFlight, AtomicInteger::get)
        .description("Requests received and not yet answered")
        .register(registry);
  }

  public void requestStarted() {
    inFlight.incrementAndGet();
  }

  /** Counts one answered request and the alerts it carried ({@code alerts} may be 0). */
  public void requestFinished(String endpoint, String outcome, int alerts) {
    inFlight.decrementAndGet();
    counter("responder.ingest.requests", "Requests answered", endpoint, outcome).increment();
    if (alerts > 0) {
      counter("responder.ingest.alerts", "Alerts received", endpoint, outcome).increment(alerts);
    }
  }

  public void produced(String endpoint, String outcome, Duration latency) {
    Timer.builder("responder.ingest.produce")
        .description("From the first send to the last Kafka acknowledgement of a request")
        .tag("endpoint", endpoint)
        .tag("outcome", outcome)
        .publishPercentileHistogram()
        .register(registry)
        .record(latency);
  }

  /** Counts stored dead letters, by reason, and as alerts of outcome {@code dead_lettered}. */
  public void deadLettered(String endpoint, List<DeadLetter> deadLetters) {
    if (deadLetters.isEmpty()) {
      return;
    }
    counter("responder.ingest.alerts", "Alerts received", endpoint, DEAD_LETTERED)
        .increment(deadLetters.size());
    for (DeadLetter letter : deadLetters) {
      Counter.builder("responder.ingest.dead.letters")
          .description("Alerts of accepted requests that could not be read, kept on the DLQ topic")
          .tag("endpoint", endpoint)
          .tag("reason", letter.problem().rejection().code())
          .register(registry)
          .increment();
    }
  }

  public void truncated(String endpoint, int alerts) {
    Counter.builder("responder.ingest.truncated.alerts")
        .description("Alerts the sender left out of a webhook (Alertmanager's max_alerts)")
        .tag("endpoint", endpoint)
        .register(registry)
        .increment(alerts);
  }

  private Counter counter(String name, String description, String endpoint, String outcome) {
    return Counter.builder(name)
        .description(description)
        .tag("endpoint", endpoint)
        .tag("outcome", outcome)
        .register(registry);
  }
}
