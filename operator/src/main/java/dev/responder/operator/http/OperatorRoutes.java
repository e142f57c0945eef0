package dev.responder.operator.http;

import dev.responder.operator.domain.CommandDesk;
import dev.responder.operator.domain.Decision;
import dev.responder.operator.domain.OnCallDesk;
import dev.responder.operator.domain.OperatorView;
import dev.responder.operator.domain.OverrideRequest;
import dev.responder.operator.domain.SilenceDesk;
import dev.responder.operator.domain.SilenceRequest;
import dev.responder.schemas.avro.Incident;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API's routes: method and path to the desk that decides. A route answers either a view (200)
 * or a {@link Decision}, which the handler writes to Kafka before answering 202. Action keys hold
 * slashes, so an approval's path is {@code /v1/approvals/<actionKey>/approve} with the key as is.
 */
final class OperatorRoutes {

  /** What a route gives back: a view to show, or a decision to carry out. */
  sealed interface Result {
    record Show(Answer answer) implements Result {}

    record Carry(Decision decision) implements Result {}
  }

  record Route(String method, Pattern path, String name, Function<Call, Result> handler) {
    Matcher match(String requestPath) {
      return path.matcher(requestPath);
    }
  }

  private final OperatorView view;
  private final CommandDesk incidents;
  private final SilenceDesk silences;
  private final OnCallDesk onCall;
  private final Clock clock;
  private final List<Route> routes;

  OperatorRoutes(
      OperatorView view,
      CommandDesk incidents,
      SilenceDesk silences,
      OnCallDesk onCall,
      Clock clock) {
    this.view = view;
    this.incidents = incidents;
    this.silences = silences;
    this.onCall = onCall;
    this.clock = clock;
    this.routes =
        List.of(
            route("GET", "/v1/whoami", "whoami", this::whoami),
            route("GET", "/v1/incidents", "incidents", this::listIncidents),
            route("GET", "/v1/incidents/([^/]+)", "incident", this::showIncident),
            route(
                "POST",
                "/v1/incidents/([^/]+)/ack",
                "ack",
                c -> carry(incidents.acknowledge(c.who(), c.path().get(0), c.text("comment")))),
            route(
                "POST",
                "/v1/incidents/([^/]+)/resolve",
                "resolve",
                c -> carry(incidents.resolve(c.who(), c.path().get(0), c.text("comment")))),
            route(
                "POST",
                "/v1/incidents/([^/]+)/comment",
                "comment",
                c -> carry(incidents.comment(c.who(), c.path().get(0), c.text("text")))),
            route(
                "POST",
                "/v1/incidents/([^/]+)/assign",
                "assign",
                c ->
                    carry(
                        incidents.assign(
                            c.who(), c.path().get(0), c.text("commander"), c.text("comment")))),
            route("GET", "/v1/approvals", "approvals", this::listApprovals),
            route(
                "POST",
                "/v1/approvals/(.+)/approve",
                "approve",
                c -> carry(incidents.approve(c.who(), c.path().get(0), c.text("comment")))),
            route(
                "POST",
                "/v1/approvals/(.+)/reject",
                "reject",
                c -> carry(incidents.reject(c.who(), c.path().get(0), c.text("comment")))),
            route("GET", "/v1/silences", "silences", this::listSilences),
            route("POST", "/v1/silences/preview", "silence-preview", this::preview),
            route(
                "POST",
                "/v1/silences",
                "silence",
                c -> carry(silences.create(c.who(), silenceRequest(c)))),
            route(
                "DELETE",
                "/v1/silences/([^/]+)",
                "unsilence",
                c -> carry(silences.expire(c.who(), c.path().get(0)))),
            route("GET", "/v1/oncall", "oncall", this::showOnCall),
            route(
                "POST",
                "/v1/oncall/overrides",
                "oncall-override",
                c ->
                    carry(
                        onCall.override(
                            c.who(),
                            new OverrideRequest(
                                c.integer("level"),
                                c.text("user"),
                                c.instant("from"),
                                c.instant("until"))))));
  }

  List<Route> all() {
    return routes;
  }

  private static Route route(
      String method, String path, String name, Function<Call, Result> handler) {
    return new Route(method, Pattern.compile(path), name, handler);
  }

  private static Result carry(Decision decision) {
    return new Result.Carry(decision);
  }

  private static Result show(Object body) {
    return new Result.Show(Answer.ok(body));
  }

  private Result whoami(Call call) {
    return show(Map.of("user", call.who().user(), "role", call.who().role().label()));
  }

  private Result listIncidents(Call call) {
    String status = call.query().get("status");
    String severity = call.query().get("severity");
    List<Map<String, Object>> listed =
        view.incidents().stream()
            .filter(i -> matchesStatus(i, status))
            .filter(i -> severity == null || i.getSeverity().name().equalsIgnoreCase(severity))
            .map(Views::incident)
            .toList();
    return show(Map.of("incidents", listed));
  }

  /** {@code open} means every status but RESOLVED, as in {@code responder incidents}. */
  private static boolean matchesStatus(Incident incident, String status) {
    if (status == null || status.equalsIgnoreCase("all")) {
      return true;
    }
    String actual = incident.getStatus().name();
    if (status.equalsIgnoreCase("open")) {
      return !actual.equals("RESOLVED");
    }
    return actual.equalsIgnoreCase(status);
  }

  private Result showIncident(Call call) {
    String id = call.path().get(0);
    return view.incident(id)
        .<Result>map(incident -> show(Views.incident(incident)))
        .orElseGet(
            () ->
                new Result.Show(
                    Answer.error(
                        404,
                        "unknown_incident",
                        "no incident " + id + "; 'responder incidents' lists the ids")));
  }

  private Result listApprovals(Call call) {
    Instant now = clock.instant();
    return show(
        Map.of(
            "approvals",
            view.waiting().stream()
                .filter(a -> !a.expiredAt(now))
                .map(a -> Views.approval(a, now))
                .toList()));
  }

  private Result listSilences(Call call) {
    return show(
        Map.of("silences", view.silences(clock.instant()).stream().map(Views::silence).toList()));
  }

  private Result preview(Call call) {
    SilenceDesk.Preview preview = silences.preview(silenceRequest(call));
    if (preview.refusal() != null) {
      return new Result.Show(Answer.refused(preview.refusal()));
    }
    return show(Map.of("incidents", preview.incidents().stream().map(Views::incident).toList()));
  }

  private static SilenceRequest silenceRequest(Call call) {
    return new SilenceRequest(
        call.text("matchers"),
        call.integer("durationMinutes"),
        call.instant("endsAt"),
        call.text("comment"));
  }

  private Result showOnCall(Call call) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("onCall", onCall.board().stream().map(Views::onCall).toList());
    body.put("overrides", view.overrides(clock.instant()).stream().map(Views::override).toList());
    return show(body);
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
