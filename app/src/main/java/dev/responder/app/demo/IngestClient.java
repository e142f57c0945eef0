package dev.responder.app.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * Posts signals to ingest as Alertmanager and the CRM do: JSON with each sender's own bearer token
 * (ingest refuses one sender's token on the other's endpoint).
 */
final class IngestClient {

  private final URI base;
  private final String alertmanagerToken;
  private final String eventsToken;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /**
   * @param eventsToken the CRM application's token; null for a stack started before senders had
   *     their own, where Alertmanager's served both
   */
  IngestClient(URI base, String alertmanagerToken, String eventsToken) {
    this.base = base;
    this.alertmanagerToken = alertmanagerToken;
    this.eventsToken = eventsToken == null ? alertmanagerToken : eventsToken;
  }

  /**
   * Sends the signal firing or resolved.
   *
   * @throws IllegalStateException when ingest does not accept it, with ingest's answer
   */
  void send(Signal signal, Instant startsAt, boolean resolved) {
    URI uri = URI.create(base.toString().replaceAll("/$", "") + signal.path());
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(10))
            .header(
                "Authorization",
                "Bearer "
                    + (signal instanceof Signal.Alertmanager ? alertmanagerToken : eventsToken))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(signal.body(startsAt, Instant.now(), resolved)))
            .build();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            "ingest answered " + response.statusCode() + " to " + uri + ": " + response.body());
      }
    } catch (IOException e) {
      throw new IllegalStateException("ingest at " + uri + " did not answer: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting to ingest", e);
    }
  }
}
