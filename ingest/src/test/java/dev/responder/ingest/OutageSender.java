package dev.responder.ingest;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Sends webhooks one after another the way Alertmanager does: a request answered 503 is sent again,
 * unchanged, until it is accepted. Records what it was answered and how fast.
 */
final class OutageSender implements Runnable {

  private final IngestClient client;
  private final String prefix;
  private final int alertsPerRequest;
  private final List<String> accepted = new CopyOnWriteArrayList<>();
  private final List<String> retriedThenAccepted = new CopyOnWriteArrayList<>();
  private final List<Integer> statuses = new CopyOnWriteArrayList<>();
  private final List<Duration> unavailableLatencies = new CopyOnWriteArrayList<>();
  private volatile boolean running = true;

  OutageSender(IngestClient client, String prefix, int alertsPerRequest) {
    this.client = client;
    this.prefix = prefix;
    this.alertsPerRequest = alertsPerRequest;
  }

  @Override
  public void run() {
    for (int i = 0; running; i++) {
      String requestId = prefix + "-" + i;
      byte[] body = Webhooks.withAlerts(requestId, alertsPerRequest);
      boolean retried = false;
      while (!send(requestId, body)) {
        retried = true;
      }
      if (retried) {
        retriedThenAccepted.add(requestId);
      }
    }
  }

  /** Whether the request was accepted; a stopped sender gives up (counts as not accepted). */
  private boolean send(String requestId, byte[] body) {
    long started = System.nanoTime();
    try {
      HttpResponse<String> response = client.post("/v1/alertmanager", requestId, body);
      statuses.add(response.statusCode());
      if (response.statusCode() == 200) {
        accepted.add(requestId);
        return true;
      }
      if (response.statusCode() == 503) {
        unavailableLatencies.add(Duration.ofNanos(System.nanoTime() - started));
      }
      return !running;
    } catch (java.io.IOException e) {
      statuses.add(-1);
      return !running;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return true;
    }
  }

  void stop() {
    running = false;
  }

  int alertsPerRequest() {
    return alertsPerRequest;
  }

  List<String> accepted() {
    return accepted;
  }

  List<String> retriedThenAccepted() {
    return retriedThenAccepted;
  }

  List<Integer> statuses() {
    return statuses;
  }

  List<Duration> unavailableLatencies() {
    return unavailableLatencies;
  }
}
