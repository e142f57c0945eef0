package dev.responder.remediator.adapter.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.remediator.guard.FailureKind;
import dev.responder.remediator.port.Notifier;
import dev.responder.remediator.port.Observation;
import dev.responder.remediator.port.Result;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Notifier} posting a Slack-compatible body ({@code {"channel":..., "text":...}}) to one
 * webhook, which routes by channel. A refused connection or 5xx may be retried; 4xx cannot help.
 */
public final class SlackWebhookNotifier implements Notifier {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client;
  private final URI webhook;
  private final Duration timeout;

  public SlackWebhookNotifier(URI webhook, Duration timeout) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.webhook = webhook;
    this.timeout = timeout;
  }

  @Override
  public Result notify(String channel, String message, Optional<String> component) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("channel", channel);
    body.put("username", "responder");
    body.put("text", message);
    component.ifPresent(c -> body.put("component", c));
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("could not write a webhook body", e);
    }
    try {
      HttpRequest request =
          HttpRequest.newBuilder(webhook)
              .timeout(timeout)
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(json))
              .build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status / 100 == 2) {
        return Result.ok(Observation.lines(List.of("sent to " + channel + ": " + message)));
      }
      FailureKind kind = status >= 500 ? FailureKind.TRANSIENT : FailureKind.PERMANENT;
      return Result.failed(kind, "webhook answered " + status + " for " + channel);
    } catch (HttpTimeoutException e) {
      return Result.failed(FailureKind.TIMEOUT, "webhook timed out: " + e.getMessage());
    } catch (ConnectException e) {
      return Result.failed(FailureKind.TRANSIENT, "webhook refused the connection: " + e);
    } catch (IOException e) {
      return Result.failed(FailureKind.UNAVAILABLE, "webhook failed: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed(FailureKind.TIMEOUT, "interrupted while notifying " + channel);
    }
  }
}
