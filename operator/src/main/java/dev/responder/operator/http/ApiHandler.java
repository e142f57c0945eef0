package dev.responder.operator.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.operator.auth.Principal;
import dev.responder.operator.auth.Users;
import dev.responder.operator.domain.Decision;
import dev.responder.operator.domain.OperatorView;
import dev.responder.operator.kafka.CommandWriter;
import dev.responder.schemas.avro.Command;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves every {@code /v1/...} request: authenticates it (401 otherwise), finds its route (404,
 * 405), reads its JSON body (at most {@link #MAX_BODY} bytes), and either shows a view or carries
 * out a decision: a refusal is answered with its status and nothing is written; a command is
 * written to Kafka and answered 202 with its id only once Kafka acknowledged it (503 when it did
 * not). Other paths are declined, for the operations routes.
 */
final class ApiHandler extends Handler.Abstract {

  private static final Logger LOGGER = LoggerFactory.getLogger(ApiHandler.class);
  static final int MAX_BODY = 64 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Users users;
  private final OperatorRoutes routes;
  private final CommandWriter writer;
  private final OperatorView view;
  private final MeterRegistry registry;

  ApiHandler(
      Users users,
      OperatorRoutes routes,
      CommandWriter writer,
      OperatorView view,
      MeterRegistry registry) {
    this.users = users;
    this.routes = routes;
    this.writer = writer;
    this.view = view;
    this.registry = registry;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!path.startsWith("/v1/")) {
      return false;
    }
    String routeName = "unknown";
    Answer answer;
    try {
      Match match = find(request.getMethod(), path);
      routeName = match.route == null ? "unknown" : match.route.name();
      answer = answer(request, response, match);
    } catch (Call.BadField e) {
      answer = Answer.error(400, "invalid_field", e.getMessage());
    } catch (RuntimeException e) {
      LOGGER.error("{} {} failed", request.getMethod(), path, e);
      answer = Answer.error(500, "internal_error", "the operator API failed: " + e);
    }
    registry
        .counter(
            "operator_requests", "route", routeName, "status", Integer.toString(answer.status()))
        .increment();
    write(response, answer, callback);
    return true;
  }

  private record Match(OperatorRoutes.Route route, Matcher matcher, boolean pathKnown) {}

  private Match find(String method, String path) {
    boolean pathKnown = false;
    for (OperatorRoutes.Route route : routes.all()) {
      Matcher matcher = route.match(path);
      if (matcher.matches()) {
        pathKnown = true;
        if (route.method().equals(method)) {
          return new Match(route, matcher, true);
        }
      }
    }
    return new Match(null, null, pathKnown);
  }

  private Answer answer(Request request, Response response, Match match) {
    Users.Authentication authentication =
        users.authenticate(request.getHeaders().get(HttpHeader.AUTHORIZATION));
    if (authentication instanceof Users.Authentication.Refused refused) {
      response
          .getHeaders()
          .put(
              HttpHeader.WWW_AUTHENTICATE, "Bearer realm=\"responder\", Basic realm=\"responder\"");
      return Answer.error(401, "unauthenticated", refused.reason());
    }
    Principal who = ((Users.Authentication.Authenticated) authentication).principal();
    if (match.route == null) {
      return match.pathKnown
          ? Answer.error(
              405, "method_not_allowed", request.getMethod() + " is not served on this path")
          : Answer.error(
              404, "unknown_route", "no such endpoint: " + Request.getPathInContext(request));
    }
    JsonNode body;
    try {
      body = body(request);
    } catch (IOException e) {
      return Answer.error(400, "invalid_json", "the body is not a JSON object: " + e.getMessage());
    } catch (TooLarge e) {
      return Answer.error(
          413, "body_too_large", "a request body is at most " + MAX_BODY + " bytes");
    }
    Call call = new Call(who, groups(match.matcher), query(request), body);
    OperatorRoutes.Result result = match.route.handler().apply(call);
    if (result instanceof OperatorRoutes.Result.Show show) {
      return show.answer();
    }
    Decision decision = ((OperatorRoutes.Result.Carry) result).decision();
    if (decision instanceof Decision.Refuse refuse) {
      return Answer.refused(refuse.refusal());
    }
    return carryOut((Decision.Write) decision);
  }

  private Answer carryOut(Decision.Write write) {
    Command command = write.command();
    try {
      writer.write(write.key(), command);
    } catch (CommandWriter.CommandNotWritten e) {
      return Answer.error(503, "kafka_unavailable", e.getMessage() + "; nothing was done, retry");
    }
    view.onCommand(command);
    registry.counter("operator_commands_written", "type", command.getType().name()).increment();
    LOGGER.info(
        "{} by {} ({}) written as {}",
        command.getType(),
        command.getAuthor(),
        command.getAuthorRole(),
        command.getCommandId());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("commandId", command.getCommandId());
    body.put("type", command.getType().name());
    body.put("status", "accepted");
    if (command.getSilence() != null) {
      body.put("silenceId", command.getSilence().getSilenceId());
    }
    if (command.getOnCallOverride() != null) {
      body.put("overrideId", command.getOnCallOverride().getOverrideId());
    }
    return new Answer(202, body);
  }

  private static JsonNode body(Request request) throws IOException {
    long length = request.getLength();
    if (length > MAX_BODY) {
      throw new TooLarge();
    }
    byte[] bytes;
    try (InputStream in = Content.Source.asInputStream(request)) {
      bytes = in.readNBytes(MAX_BODY + 1);
    }
    if (bytes.length > MAX_BODY) {
      throw new TooLarge();
    }
    if (bytes.length == 0) {
      return JSON.createObjectNode();
    }
    JsonNode node = JSON.readTree(bytes);
    if (node == null || !node.isObject()) {
      throw new JsonProcessingException("expected an object such as {\"comment\": \"...\"}") {};
    }
    return node;
  }

  private static List<String> groups(Matcher matcher) {
    List<String> groups = new ArrayList<>();
    for (int i = 1; i <= matcher.groupCount(); i++) {
      groups.add(matcher.group(i));
    }
    return groups;
  }

  private static Map<String, String> query(Request request) {
    Map<String, String> query = new HashMap<>();
    Fields fields = Request.extractQueryParameters(request);
    for (Fields.Field field : fields) {
      query.put(field.getName(), field.getValue());
    }
    return query;
  }

  private static void write(Response response, Answer answer, Callback callback) {
    byte[] bytes;
    try {
      bytes = JSON.writeValueAsBytes(answer.body());
    } catch (JsonProcessingException e) {
      callback.failed(e);
      return;
    }
    response.setStatus(answer.status());
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  private static final class TooLarge extends RuntimeException {
    TooLarge() {
      super(null, null, false, false);
    }
  }
}
