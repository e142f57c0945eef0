package dev.responder.ingest.payload;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Reads Alertmanager's webhook payload, version "4": one {@link Alert} per entry of {@code alerts},
 * carrying the group's receiver, group key and external URL. Unknown fields are ignored so newer
 * Alertmanagers keep working; {@code groupLabels} and the {@code common*} maps are derivable from
 * the alerts and not stored.
 */
public final class AlertmanagerWebhookParser implements PayloadParser {

  static final String SUPPORTED_VERSION = "4";

  private final PayloadLimits limits;

  public AlertmanagerWebhookParser(PayloadLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  @Override
  public ParseOutcome parse(byte[] body, RequestMeta meta) {
    StrictJson.Document document;
    try {
      document = StrictJson.read(body, "alerts");
      if (document.items() == null) {
        // Absent, or not an array: no alert can be told apart, so the body is refused whole.
        Fields.requiredArray(document.envelope(), "alerts", "");
      }
    } catch (InvalidPayloadException e) {
      return new ParseOutcome.Rejected(e.problem());
    }
    ObjectNode root = document.envelope();
    Group group = null;
    int truncated = 0;
    Problem envelopeProblem = null;
    try {
      checkVersion(root);
      group =
          new Group(
              Fields.requiredText(root, "receiver", ""),
              Fields.requiredText(root, "groupKey", ""),
              Fields.optionalText(root, "externalURL", ""),
              meta);
      truncated = Fields.optionalCount(root, "truncatedAlerts", "");
    } catch (InvalidPayloadException e) {
      // Every alert shares the envelope: each is kept as a dead letter with the envelope's reason.
      envelopeProblem = e.problem();
    }
    Triage triage = new Triage(limits, AlertSource.ALERTMANAGER, "alerts");
    Group shared = group;
    List<StrictJson.Item> items = document.items();
    for (int i = 0; i < items.size(); i++) {
      triage.sort(
          items.get(i),
          i,
          Pointers.index("/alerts", i),
          envelopeProblem,
          (entry, pointer) -> alert(entry, pointer, shared));
    }
    return triage.outcome(truncated);
  }

  private static void checkVersion(ObjectNode root) {
    String version = Fields.requiredText(root, "version", "");
    if (!SUPPORTED_VERSION.equals(version)) {
      throw new InvalidPayloadException(
          Rejection.UNSUPPORTED_VERSION,
          "/version is " + SenderText.quote(version) + "; only webhook version \"4\" is supported",
          "/version");
    }
  }

  private Alert alert(ObjectNode entry, String pointer, Group group) {
    Instant startsAt = Fields.requiredTimestamp(entry, "startsAt", pointer);
    if (startsAt.equals(Timestamps.GO_ZERO_TIME)) {
      String at = Pointers.child(pointer, "startsAt");
      throw new InvalidPayloadException(
          Rejection.INVALID_TIMESTAMP, at + " must be a real time, not Go's zero time", at);
    }
    Instant endsAt = Fields.optionalTimestamp(entry, "endsAt", pointer);
    return Alert.newBuilder()
        .setFingerprint(Fields.requiredText(entry, "fingerprint", pointer))
        .setStatus(status(entry, pointer))
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(Fields.stringMap(entry, "labels", pointer, true, limits))
        .setAnnotations(Fields.stringMap(entry, "annotations", pointer, false, null))
        .setStartsAt(startsAt)
        .setEndsAt(Timestamps.GO_ZERO_TIME.equals(endsAt) ? null : endsAt)
        .setReceivedAt(group.meta().receivedAt())
        .setGeneratorUrl(Fields.optionalText(entry, "generatorURL", pointer))
        .setGroupKey(group.groupKey())
        .setReceiver(group.receiver())
        .setExternalUrl(group.externalUrl())
        .setRequestId(group.meta().requestId())
        .build();
  }

  static AlertStatus status(ObjectNode entry, String pointer) {
    String status = Fields.requiredText(entry, "status", pointer);
    return switch (status) {
      case "firing" -> AlertStatus.FIRING;
      case "resolved" -> AlertStatus.RESOLVED;
      default ->
          throw Fields.invalid(
              Pointers.child(pointer, "status"),
              "must be \"firing\" or \"resolved\", was " + SenderText.quote(status));
    };
  }

  /** What every alert of one webhook shares. */
  private record Group(String receiver, String groupKey, String externalUrl, RequestMeta meta) {}
}
