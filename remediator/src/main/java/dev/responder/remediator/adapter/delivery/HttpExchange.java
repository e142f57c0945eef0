package dev.responder.remediator.adapter.delivery;

import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.RetryAfter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * One JSON {@code POST} to a receiver, its answer read as an {@link Attempt}: 2xx delivered; 429
 * (with its Retry-After), 408, 5xx, a timeout or a broken connection worth another try; any other
 * 4xx refused with the receiver's own error body, since sending it again cannot help.
 */
public final class HttpExchange {

  private static final int SHOWN = 300;

  private final HttpClient client;
  private final Duration timeout;
  private final Clock clock;

  public HttpExchange(Duration timeout, Clock clock) {
    this.client = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.timeout = timeout;
    this.clock = clock;
  }

  /**
   * Posts {@code body}; {@code receiver} names the receiver in every answer, never the URL (its
   * path is often the credential).
   */
  public Attempt post(URI uri, Map<String, String> headers, String body, String receiver) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    try {
      HttpResponse<String> response =
          client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return answer(response, receiver);
    } catch (IOException e) {
      return new Attempt.Retry(Optional.empty(), receiver + " could not be reached: " + e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Attempt.Retry(Optional.empty(), "interrupted while calling " + receiver);
    }
  }

  private Attempt answer(HttpResponse<String> response, String receiver) {
    int status = response.statusCode();
    String said = receiver + " answered " + status + ": " + shown(response.body());
    if (status / 100 == 2) {
      return new Attempt.Delivered(said);
    }
    if (status == 429 || status == 408 || status >= 500) {
      return new Attempt.Retry(
          RetryAfter.parse(response.headers().firstValue("Retry-After"), clock.instant()), said);
    }
    return new Attempt.Refused(said);
  }

  private static String shown(String body) {
    String flat = body == null ? "" : body.replaceAll("\\s+", " ").trim();
    return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "…";
  }
}
