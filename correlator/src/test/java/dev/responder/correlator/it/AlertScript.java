package dev.responder.correlator.it;

import dev.responder.correlator.testing.Alerts;
import dev.responder.schemas.avro.Alert;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A deterministic stream of alerts: each of {@code groups} scopes has one alert that fires, is
 * delivered twice by an HA pair, is re-sent, resolves, fires again within the flap window and
 * resolves again: six alerts and seven incident events per group. One fingerprint per group keeps
 * each group's alerts on one partition, so their order, and thus the events, are defined.
 */
final class AlertScript {

  static final int ALERTS_PER_GROUP = 6;
  static final int EVENTS_PER_GROUP = 7;

  private AlertScript() {}

  /** Step {@code step} (0..5) of every group, in group order. */
  static List<Alert> step(int step, int groups, Instant base) {
    List<Alert> alerts = new ArrayList<>();
    for (int group = 0; group < groups; group++) {
      alerts.add(alertOf(step, group, base.plusMillis(group * 10L)));
    }
    return alerts;
  }

  private static Alert alertOf(int step, int group, Instant start) {
    Map<String, String> labels =
        Map.of(
            "alertname", group % 2 == 0 ? "WorkerQueueStuck" : "EventProcessingLag",
            "namespace", "ns-" + group,
            "service", "svc-" + group);
    Alert first = Alerts.firing("fp-" + group, start, labels);
    Alert again = Alerts.firing("fp-" + group, start.plus(Duration.ofMinutes(10)), labels);
    return switch (step) {
      case 0 -> first;
      case 1 -> Alerts.resent(first, Duration.ofMillis(40));
      case 2 -> Alerts.resent(first, Duration.ofMinutes(2));
      case 3 -> Alerts.resolved(first, start.plus(Duration.ofMinutes(5)));
      case 4 -> again;
      case 5 -> Alerts.resolved(again, start.plus(Duration.ofMinutes(20)));
      default -> throw new IllegalArgumentException("no step " + step);
    };
  }
}
