package dev.responder.ingest.http;

import dev.responder.ingest.metrics.IngestMetrics;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.PayloadParser;
import dev.responder.ingest.payload.Problem;
import dev.responder.ingest.payload.Rejection;
import dev.responder.ingest.payload.RequestMeta;
import dev.responder.ingest.publish.PublishFailure;
import dev.responder.ingest.publish.PublishResult;
import dev.responder.ingest.publish.TraceHeaders;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One receiver endpoint: authenticate, check the media type and size, parse, publish, answer. It
 * answers 2xx only after the publisher confirmed every alert, 4xx (nothing written) for bad input,
 * and 503 with {@code Retry-After} when storing failed, so a sender retries exactly the requests
 * that may succeed later.
 */
final class ReceiveHandler extends Handler.Abstract {

  private static final Logger LOGGER = LoggerFactory.getLogger(ReceiveHandler.class);

  private final String endpoint;
  private final PayloadParser parser;
  private final ReceiverSettings settings;

  ReceiveHandler(String endpoint, PayloadParser parser, ReceiverSettings settings) {
    this.endpoint = endpoint;
    this.parser = parser;
    this.settings = settings;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String requestId = RequestChecks.requestId(request);
    response.getHeaders().put("X-Request-Id", requestId);
    settings.metrics().requestStarted();
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      rejectUnread(response, callback, requestId, methodNotAllowed(request));
      return true;
    }
    try {
      receive(request, response, callback, requestId);
    } catch (Exception | Error e) {
      settings.metrics().requestFinished(endpoint, "error", 0);
      throw e;
    }
    return true;
  }

  private void receive(Request request, Response response, Callback callback, String requestId)
      throws Exception {
    if (!settings.authenticator().permits(request.getHeaders().get(HttpHeader.AUTHORIZATION))) {
      response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"responder\"");
      rejectUnread(response, callback, requestId, unauthorized());
      return;
    }
    Optional<Problem> mediaType = RequestChecks.contentType(request);
    if (mediaType.isPresent()) {
      rejectUnread(response, callback, requestId, mediaType.get());
      return;
    }
    Optional<byte[]> body = RequestChecks.body(request, settings.maxBodyBytes());
    if (body.isEmpty()) {
      rejectUnread(response, callback, requestId, RequestChecks.tooLarge(settings.maxBodyBytes()));
      return;
    }
    RequestMeta meta = new RequestMeta(requestId, settings.clock().instant());
    ParseOutcome outcome = parser.parse(body.get(), meta);
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      reject(response, callback, requestId, rejected.problem());
    } else if (outcome instanceof ParseOutcome.Accepted accepted) {
      publish(request, response, callback, requestId, accepted);
    }
  }

  private void publish(
      Request request,
      Response response,
      Callback callback,
      String requestId,
      ParseOutcome.Accepted accepted) {
    if (accepted.truncatedAlerts() > 0) {
      settings.metrics().truncated(endpoint, accepted.truncatedAlerts());
      LOGGER.warn(
          "request {} on {}: the sender left out {} alerts (truncatedAlerts); raise its max_alerts",
          requestId,
          endpoint,
          accepted.truncatedAlerts());
    }
    int alerts = accepted.alerts().size();
    TraceHeaders trace = new TraceHeaders(requestId, request.getHeaders().get("traceparent"));
    long started = System.nanoTime();
    settings
        .publisher()
        .publish(accepted.alerts(), trace)
        .whenCompleteAsync(
            (result, error) -> {
              PublishResult answer =
                  error == null
                      ? result
                      : PublishResult.failed(PublishFailure.UNEXPECTED, error.toString());
              Duration latency = Duration.ofNanos(System.nanoTime() - started);
              answer(response, callback, requestId, alerts, answer, latency);
            },
            request.getComponents().getExecutor());
  }

  private void answer(
      Response response,
      Callback callback,
      String requestId,
      int alerts,
      PublishResult result,
      Duration latency) {
    String outcome = result.isAccepted() ? IngestMetrics.ACCEPTED : result.failure().code();
    settings.metrics().produced(endpoint, outcome, latency);
    settings.metrics().requestFinished(endpoint, outcome, alerts);
    Map<String, Object> body = new LinkedHashMap<>();
    if (result.isAccepted()) {
      body.put("status", "accepted");
      body.put("alerts", alerts);
      body.put("requestId", requestId);
      JsonAnswers.write(response, HttpStatus.OK_200, body, callback);
      return;
    }
    LOGGER.warn(
        "request {} on {}: {} alerts not stored ({}), answering 503: {}",
        requestId,
        endpoint,
        alerts,
        outcome,
        result.detail());
    body.put("error", "alerts could not be stored in Kafka; retry later");
    body.put("reason", outcome);
    body.put("requestId", requestId);
    response
        .getHeaders()
        .put(HttpHeader.RETRY_AFTER, String.valueOf(settings.retryAfter().toSeconds()));
    JsonAnswers.write(response, HttpStatus.SERVICE_UNAVAILABLE_503, body, callback);
  }

  /**
   * Rejects a request whose body was not (fully) read. The server then closes the connection, so
   * the answer says so: a client that reused it would otherwise see its next request fail with no
   * response at all.
   */
  private void rejectUnread(
      Response response, Callback callback, String requestId, Problem problem) {
    response.getHeaders().put(HttpHeader.CONNECTION, "close");
    reject(response, callback, requestId, problem);
  }

  private void reject(Response response, Callback callback, String requestId, Problem problem) {
    settings.metrics().requestFinished(endpoint, problem.rejection().code(), 0);
    LOGGER.info(
        "request {} on {} refused ({}): {}",
        requestId,
        endpoint,
        problem.rejection().code(),
        problem.message());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("error", problem.message());
    body.put("reason", problem.rejection().code());
    body.put("pointer", problem.pointer());
    body.put("requestId", requestId);
    JsonAnswers.write(response, problem.rejection().httpStatus(), body, callback);
  }

  private static Problem methodNotAllowed(Request request) {
    return Problem.ofRequest(
        Rejection.METHOD_NOT_ALLOWED,
        request.getMethod()
            + " is not allowed on "
            + request.getHttpURI().getPath()
            + ": use POST");
  }

  private static Problem unauthorized() {
    return Problem.ofRequest(Rejection.UNAUTHORIZED, "missing or wrong credentials");
  }
}
