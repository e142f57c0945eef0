package dev.responder.remediator.pager;

import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Backoff;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.port.Deliverer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one notice at least once: tries, and while the receiver's answer says a later try may
 * succeed, waits as the {@link Backoff} says (never less than its Retry-After) and tries again,
 * with the same idempotency key every time. Counts each attempt and each final failure by scheme,
 * the failures being what the {@code ResponderDeliveryFailing} alert watches.
 */
final class DeliveryRunner {

  private static final Logger LOGGER = LoggerFactory.getLogger(DeliveryRunner.class);

  private final Deliverer deliverer;
  private final Backoff backoff;
  private final Pause pause;
  private final Clock clock;
  private final MeterRegistry registry;

  DeliveryRunner(
      Deliverer deliverer, Backoff backoff, Pause pause, Clock clock, MeterRegistry registry) {
    this.deliverer = deliverer;
    this.backoff = backoff;
    this.pause = pause;
    this.clock = clock;
    this.registry = registry;
  }

  DeliveryReport run(Delivery delivery) throws InterruptedException {
    Instant started = clock.instant();
    String scheme = delivery.contact().scheme().name().toLowerCase(Locale.ROOT);
    int made = 0;
    while (true) {
      Attempt attempt = deliverer.deliver(delivery);
      made++;
      count("responder_delivery_attempts", scheme, answer(attempt));
      if (attempt instanceof Attempt.Delivered delivered) {
        count("responder_deliveries", scheme, "delivered");
        return report(
            delivery, DeliveryReport.Ending.DELIVERED, made, delivered.receipt(), started);
      }
      if (attempt instanceof Attempt.Refused refused) {
        return failed(
            delivery, DeliveryReport.Ending.REFUSED, made, refused.why(), started, scheme);
      }
      Attempt.Retry retry = (Attempt.Retry) attempt;
      Optional<Duration> wait = backoff.next(made, retry);
      if (wait.isEmpty()) {
        return failed(delivery, DeliveryReport.Ending.GAVE_UP, made, retry.why(), started, scheme);
      }
      LOGGER.info(
          "Delivery to {} for {} failed ({}); try {} in {}",
          delivery.contact(),
          delivery.notice().incidentId(),
          retry.why(),
          made + 1,
          wait.get());
      pause.pause(wait.get());
    }
  }

  private DeliveryReport failed(
      Delivery delivery,
      DeliveryReport.Ending ending,
      int made,
      String why,
      Instant started,
      String scheme) {
    count("responder_deliveries", scheme, "failed");
    LOGGER.warn(
        "Delivery to {} for {} failed after {} tries: {}",
        delivery.contact(),
        delivery.notice().incidentId(),
        made,
        why);
    return report(delivery, ending, made, why, started);
  }

  private DeliveryReport report(
      Delivery delivery, DeliveryReport.Ending ending, int made, String said, Instant started) {
    return new DeliveryReport(delivery, ending, made, said, started, clock.instant());
  }

  private void count(String name, String scheme, String result) {
    Counter.builder(name)
        .tag("scheme", scheme)
        .tag("result", result)
        .register(registry)
        .increment();
  }

  private static String answer(Attempt attempt) {
    if (attempt instanceof Attempt.Delivered) {
      return "delivered";
    }
    return attempt instanceof Attempt.Retry ? "retry" : "refused";
  }
}
