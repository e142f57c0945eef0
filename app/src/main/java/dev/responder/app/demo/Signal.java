package dev.responder.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What tells Responder that something broke: an Alertmanager webhook (version 4) or a CRM event,
 * each firing and later resolved with the same identity, exactly as the real senders do.
 */
sealed interface Signal {

  ObjectMapper JSON = new ObjectMapper();

  /** Ingest's path for this kind of signal. */
  String path();

  /** The request body, firing or resolved; {@code startsAt} stays the same for both. */
  String body(Instant startsAt, Instant now, boolean resolved);

  /** How the progress shows it, e.g. {@code CrmApiHighErrorRate{namespace="crm"}}. */
  String describe();

  /**
   * An alert as Alertmanager 0.25 posts it to a webhook receiver, one alert per group.
   *
   * @param labels the alert's labels, {@code alertname} included
   * @param summary the {@code summary} annotation
   */
  record Alertmanager(Map<String, String> labels, String summary) implements Signal {

    public Alertmanager {
      labels = Map.copyOf(labels);
    }

    @Override
    public String path() {
      return "/v1/alertmanager";
    }

    @Override
    public String body(Instant startsAt, Instant now, boolean resolved) {
      String status = resolved ? "resolved" : "firing";
      ObjectNode alert = JSON.createObjectNode();
      alert.put("status", status);
      alert.set("labels", JSON.valueToTree(labels));
      alert.set("annotations", JSON.createObjectNode().put("summary", summary));
      alert.put("startsAt", startsAt.toString());
      alert.put("endsAt", resolved ? now.toString() : "0001-01-01T00:00:00Z");
      alert.put("generatorURL", "http://127.0.0.1:9090/graph?g0.expr=" + labels.get("alertname"));
      alert.put("fingerprint", AlertFingerprint.of(labels));
      ObjectNode root = JSON.createObjectNode();
      root.put("receiver", "responder");
      root.put("status", status);
      ArrayNode alerts = root.putArray("alerts");
      alerts.add(alert);
      root.set("groupLabels", JSON.createObjectNode().put("alertname", labels.get("alertname")));
      root.set("commonLabels", JSON.valueToTree(labels));
      root.set("commonAnnotations", JSON.createObjectNode().put("summary", summary));
      root.put("externalURL", "http://127.0.0.1:9093");
      root.put("version", "4");
      root.put("groupKey", "{}:{alertname=\"" + labels.get("alertname") + "\"}");
      root.put("truncatedAlerts", 0);
      return root.toString();
    }

    @Override
    public String describe() {
      String rest =
          labels.entrySet().stream()
              .filter(label -> !label.getKey().equals("alertname"))
              .sorted(Map.Entry.comparingByKey())
              .map(label -> label.getKey() + "=\"" + label.getValue() + "\"")
              .collect(Collectors.joining(", "));
      return labels.get("alertname") + "{" + rest + "}";
    }
  }

  /**
   * A CRM event as the CRM application posts it (docs/crm-events.md).
   *
   * @param type the event type the catalog matches
   * @param key what it happened to; type and key are its identity
   * @param attributes details; {@code namespace} becomes a label the runbook groups by
   */
  record CrmEvent(String type, String key, String summary, Map<String, String> attributes)
      implements Signal {

    public CrmEvent {
      attributes = Map.copyOf(attributes);
    }

    @Override
    public String path() {
      return "/v1/events";
    }

    @Override
    public String body(Instant startsAt, Instant now, boolean resolved) {
      ObjectNode event = JSON.createObjectNode();
      event.put("type", type);
      event.put("key", key);
      event.put("occurredAt", (resolved ? now : startsAt).toString());
      event.put("status", resolved ? "resolved" : "firing");
      event.put("summary", summary);
      event.set("attributes", JSON.valueToTree(attributes));
      return event.toString();
    }

    @Override
    public String describe() {
      return "CRM event " + type + " (" + key + ")";
    }
  }
}
