package dev.responder.remediator.adapter.opsgenie;

import dev.responder.remediator.adapter.delivery.HttpExchange;
import dev.responder.remediator.adapter.delivery.Json;
import dev.responder.remediator.paging.Attempt;
import dev.responder.remediator.paging.Delivery;
import dev.responder.remediator.paging.Notice;
import dev.responder.remediator.port.Deliverer;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Deliverer} for {@code opsgenie:TEAM} contacts: creates an alert whose {@code alias} is the
 * incident id (Opsgenie keeps one open alert per alias, so a second create only counts), with TEAM
 * as responder; acknowledges and closes it by that alias. Authenticated with the API integration's
 * key in {@code Authorization: GenieKey ...}.
 */
public final class OpsgenieAlerts implements Deliverer {

  /** Opsgenie's own API (EU accounts use {@code https://api.eu.opsgenie.com}). */
  public static final URI API = URI.create("https://api.opsgenie.com");

  private static final int MESSAGE_LIMIT = 130;
  private static final int DESCRIPTION_LIMIT = 15_000;
  private static final int NOTE_LIMIT = 25_000;

  private final HttpExchange http;
  private final URI api;
  private final String apiKey;

  public OpsgenieAlerts(HttpExchange http, URI api, String apiKey) {
    this.http = http;
    this.api = api;
    this.apiKey = apiKey;
  }

  @Override
  public Attempt deliver(Delivery delivery) {
    Notice notice = delivery.notice();
    Map<String, String> auth = Map.of("Authorization", "GenieKey " + apiKey);
    return switch (notice.move()) {
      case TRIGGER, POST ->
          http.post(
              api.resolve("/v2/alerts"),
              auth,
              Json.write(alert(delivery.contact().address(), notice)),
              "Opsgenie");
      case ACKNOWLEDGE ->
          http.post(byAlias(notice, "acknowledge"), auth, Json.write(note(notice)), "Opsgenie");
      case RESOLVE ->
          http.post(byAlias(notice, "close"), auth, Json.write(note(notice)), "Opsgenie");
    };
  }

  private URI byAlias(Notice notice, String verb) {
    String alias = URLEncoder.encode(notice.incidentId(), StandardCharsets.UTF_8);
    return api.resolve("/v2/alerts/" + alias + "/" + verb + "?identifierType=alias");
  }

  private static Map<String, Object> alert(String team, Notice notice) {
    Map<String, Object> alert = new LinkedHashMap<>();
    alert.put("message", Json.cut(notice.summary(), MESSAGE_LIMIT));
    alert.put("alias", notice.incidentId());
    alert.put("description", Json.cut(notice.text(), DESCRIPTION_LIMIT));
    alert.put("responders", List.of(Map.of("name", team, "type", "team")));
    alert.put("tags", List.of("responder", notice.update().name().toLowerCase()));
    alert.put("details", Map.of("incident", notice.incidentId()));
    alert.put("source", "responder");
    alert.put("priority", notice.severity().matches("P[1-5]") ? notice.severity() : "P3");
    return alert;
  }

  private static Map<String, Object> note(Notice notice) {
    return Map.of("source", "responder", "note", Json.cut(notice.text(), NOTE_LIMIT));
  }
}
