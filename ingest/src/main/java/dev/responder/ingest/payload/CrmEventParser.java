package dev.responder.ingest.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.time.Instant;
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
    StrictJson.Document document;
    try {
      document = StrictJson.read(body, "events");
      if (document.items() == null && document.envelope().has("events")) {
        // Not an array: no event can be told apart, so the body is refused whole.
        Fields.requiredArray(document.envelope(), "events", "");
      }
    } catch (InvalidPayloadException e) {
      return new ParseOutcome.Rejected(e.problem());
    }
    Triage triage = new Triage(limits, AlertSource.CRM_EVENT, "events");
    if (document.items() == null) {
      StrictJson.Item single = new StrictJson.Item(document.envelope(), document.body());
      triage.sort(single, 0, "", null, (event, pointer) -> event(event, pointer, meta));
      return triage.outcome(0);
    }
    List<StrictJson.Item> items = document.items();
    for (int i = 0; i < items.size(); i++) {
      triage.sort(
          items.get(i),
          i,
          Pointers.index("/events", i),
          null,
          (event, pointer) -> event(event, pointer, meta));
    }
    return triage.outcome(0);
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

  private String eventType(ObjectNode event, String pointer) {
    String type = Fields.requiredText(event, "type", pointer);
    // The type becomes the alertname and event_type labels, so the label limit bounds it too.
    int longest = Math.min(MAX_EVENT_TYPE_LENGTH, limits.maxLabelLength());
    if (type.length() > longest || !EVENT_TYPE.matcher(type).matches()) {
      throw Fields.invalid(
          Pointers.child(pointer, "type"),
          "must be dotted lower-case words such as social.publish.failed (at most "
              + longest
              + " characters), was "
              + SenderText.quote(type));
    }
    return type;
  }
}
