package dev.responder.ingest.http;

import dev.responder.ingest.metrics.IngestMetrics;
import dev.responder.ingest.payload.DeadLetter;
import dev.responder.ingest.payload.ParseOutcome;
import dev.responder.ingest.payload.PayloadParser;
import dev.responder.ingest.payload.Problem;
import dev.responder.ingest.payload.Rejection;
import dev.responder.ingest.payload.RequestMeta;
import dev.responder.ingest.payload.SenderText;
import dev.responder.ingest.publish.PublishFailure;
import dev.responder.ingest.publish.PublishResult;
import dev.responder.ingest.publish.TraceHeaders;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One receiver endpoint: authenticate, check the media type and size, parse, publish, answer. It
 * answers 2xx only after the publisher confirmed every alert and every dead letter (the count of
 * each in the body), 4xx (nothing written) only for a request in which no alert can be told apart,
 * and 503 with {@code Retry-After} when storing failed or took longer than its bound, so a sender
 * retries exactly the requests that may succeed later.
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
    Optional<Problem> denied = authorize(request, response);
    if (denied.isPresent()) {
      rejectUnread(response, callback, requestId, denied.get());
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

  private Optional<Problem> authorize(Request request, Response response) {
    String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    return switch (settings.authenticator().check(endpoint, authorization)) {
      case PERMITTED -> Optional.empty();
      case UNAUTHORIZED -> {
        response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"responder\"");
        yield Optional.of(
            Problem.ofRequest(Rejection.UNAUTHORIZED, "missing or wrong credentials"));
      }
      case WRONG_ENDPOINT ->
          Optional.of(
              Problem.ofRequest(
                  Rejection.WRONG_ENDPOINT,
                  "these credentials belong to another sender and may not post to "
                      + request.getHttpURI().getPath()));
    };
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
    if (!accepted.deadLetters().isEmpty()) {
      logDeadLetters(requestId, accepted);
    }
    TraceHeaders trace = new TraceHeaders(requestId, request.getHeaders().get("traceparent"));
    long started = System.nanoTime();
    // The answer is timed here, not only in the publisher: a send blocked on a full buffer holds
    // this thread, and the sender must hear back within its own timeout all the same.
    CompletableFuture<PublishResult> answered = new CompletableFuture<>();
    answered
        .completeOnTimeout(
            PublishResult.failed(
                PublishFailure.TIMED_OUT, "no answer from Kafka within " + settings.answerWithin()),
            settings.answerWithin().toMillis(),
            TimeUnit.MILLISECONDS)
        .whenCompleteAsync(
            (result, error) -> {
              Duration latency = Duration.ofNanos(System.nanoTime() - started);
              answer(response, callback, requestId, accepted, result, latency);
            },
            request.getComponents().getExecutor());
    settings
        .publisher()
        .publish(accepted.alerts(), accepted.deadLetters(), trace)
        .whenComplete(
            (result, error) ->
                answered.complete(
                    error == null
                        ? result
                        : PublishResult.failed(PublishFailure.UNEXPECTED, error.toString())));
  }

  private void logDeadLetters(String requestId, ParseOutcome.Accepted accepted) {
    DeadLetter first = accepted.deadLetters().get(0);
    LOGGER.warn(
        "request {} on {}: {} of {} alerts dead-lettered; the first at {} ({}): {}",
        requestId,
        endpoint,
        accepted.deadLetters().size(),
        accepted.deadLetters().size() + accepted.alerts().size(),
        first.problem().printablePointer(),
        first.problem().rejection().code(),
        first.problem().message());
  }

  private void answer(
      Response response,
      Callback callback,
      String requestId,
      ParseOutcome.Accepted accepted,
      PublishResult result,
      Duration latency) {
    String outcome = result.isAccepted() ? IngestMetrics.ACCEPTED : result.failure().code();
    int alerts = accepted.alerts().size();
    int deadLetters = accepted.deadLetters().size();
    settings.metrics().produced(endpoint, outcome, latency);
    settings.metrics().requestFinished(endpoint, outcome, alerts);
    if (result.isAccepted()) {
      settings.metrics().deadLettered(endpoint, accepted.deadLetters());
      JsonAnswers.accepted(response, requestId, accepted, callback);
      return;
    }
    LOGGER.warn(
        "request {} on {}: {} alerts and {} dead letters not stored ({}), answering 503: {}",
        requestId,
        endpoint,
        alerts,
        deadLetters,
        outcome,
        SenderText.printable(result.detail(), 300));
    response
        .getHeaders()
        .put(HttpHeader.RETRY_AFTER, String.valueOf(settings.retryAfter().toSeconds()));
    JsonAnswers.unavailable(response, requestId, outcome, callback);
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
    JsonAnswers.refused(response, requestId, problem, callback);
  }

  private static Problem methodNotAllowed(Request request) {
    return Problem.ofRequest(
        Rejection.METHOD_NOT_ALLOWED,
        SenderText.printable(request.getMethod(), 40)
            + " is not allowed on "
            + SenderText.printable(request.getHttpURI().getPath(), 200)
            + ": use POST");
  }
}
