package dev.responder.ingest.payload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Reads CRM application events ({@code docs/crm-events.md}): one event object, or {@code {"events":
 * [...]}}. Each becomes an {@link Alert} whose fingerprint is a stable hash of its type and key, so
 * a repeat of the same problem updates the same alert.
 */
public final class CrmEventParser implements PayloadParser {

  static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_-]*(\\.[a-z][a-z0-9_-]*)+");
  static final int MAX_EVENT_TYPE_LENGTH = 128;

  private final PayloadLimits limits;

  public CrmEventParser(PayloadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public ParseOutcome parse(byte[] body, RequestMeta meta) {
    try {
      ObjectNode root = Fields.object(StrictJson.read(body), "");
      if (!root.has("events")) {
        return new ParseOutcome.Accepted(List.of(event(root, "", meta)), 0);
      }
      ArrayNode entries = Fields.boundedArray(root, "events", limits.maxAlerts(), "events");
      List<Alert> alerts = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        String pointer = Pointers.index("/events", i);
        alerts.add(event(Fields.object(entries.get(i), pointer), pointer, meta));
      }
      return new ParseOutcome.Accepted(alerts, 0);
    } catch (InvalidPayloadException e) {
      return new ParseOutcome.Rejected(e.problem());
    }
  }

  private Alert event(ObjectNode event, String pointer, RequestMeta meta) {
    String type = eventType(event, pointer);
    String key = Fields.requiredText(event, "key", pointer);
    if (key.isEmpty() || key.length() > limits.maxLabelLength()) {
      throw Fields.invalid(
          Pointers.child(pointer, "key"),
          "must have 1 to " + limits.maxLabelLength() + " characters, had " + key.length());
    }
    Instant occurredAt = Fields.requiredTimestamp(event, "occurredAt", pointer);
    AlertStatus status =
        event.hasNonNull("status")
            ? AlertmanagerWebhookParser.status(event, pointer)
            : AlertStatus.FIRING;
    // Numbers are welcome (a queue depth is naturally one); they are stored as their JSON text.
    Map<String, String> attributes = Fields.scalarMap(event, "attributes", pointer, limits);
    String summary = Fields.optionalText(event, "summary", pointer);
    return Alert.newBuilder()
        .setFingerprint(CrmEventLabels.fingerprint(type, key))
        .setStatus(status)
        .setSource(AlertSource.CRM_EVENT)
        .setLabels(CrmEventLabels.labels(type, key, attributes))
        .setAnnotations(summary == null ? Map.of() : Map.of("summary", summary))
        .setStartsAt(occurredAt)
        .setEndsAt(status == AlertStatus.RESOLVED ? occurredAt : null)
        .setReceivedAt(meta.receivedAt())
        .setEventType(type)
        .setAttributes(attributes)
        .setRequestId(meta.requestId())
        .build();
  }

  private static String eventType(ObjectNode event, String pointer) {
    String type = Fields.requiredText(event, "type", pointer);
    if (type.length() > MAX_EVENT_TYPE_LENGTH || !EVENT_TYPE.matcher(type).matches()) {
      throw Fields.invalid(
          Pointers.child(pointer, "type"),
          "must be dotted lower-case words such as social.publish.failed (at most "
              + MAX_EVENT_TYPE_LENGTH
              + " characters), was \""
              + type
              + "\"");
    }
    return type;
  }
}
