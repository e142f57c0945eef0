package dev.responder.operator.http;

import dev.responder.operator.domain.ActiveSilence;
import dev.responder.operator.domain.OnCallDesk;
import dev.responder.operator.domain.PendingApproval;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.OnCallOverride;
import dev.responder.schemas.catalog.matcher.MatchType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The JSON shapes of what the API shows: incidents, approvals, silences, on-call. */
final class Views {

  private Views() {}

  static Map<String, Object> incident(Incident incident) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", incident.getIncidentId());
    json.put("title", incident.getTitle());
    json.put("runbookId", incident.getRunbookId());
    json.put("severity", incident.getSeverity().name());
    json.put("status", incident.getStatus().name());
    json.put("commander", incident.getCommander());
    json.put("namespace", incident.getNamespace());
    json.put("service", incident.getService());
    json.put("groupLabels", new LinkedHashMap<>(incident.getGroupLabels()));
    json.put("detectedAt", text(incident.getDetectedAt()));
    json.put("responseDueAt", text(incident.getResponseDueAt()));
    json.put("acknowledgedAt", text(incident.getAcknowledgedAt()));
    json.put("acknowledgedBy", incident.getAcknowledgedBy());
    json.put("resolvedAt", text(incident.getResolvedAt()));
    json.put("escalationLevel", incident.getEscalationLevel());
    json.put("memberCount", incident.getMemberCount());
    json.put("firingCount", incident.getFiringCount());
    json.put("classificationReason", incident.getClassificationReason());
    json.put("catalogVersion", incident.getCatalogVersion());
    json.put("updatedAt", text(incident.getUpdatedAt()));
    json.put("revision", incident.getRevision());
    return json;
  }

  static Map<String, Object> approval(PendingApproval approval, Instant now) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("actionKey", approval.actionKey());
    json.put("incidentId", approval.incidentId());
    Map<String, Object> plan = new LinkedHashMap<>();
    plan.put("runbookId", approval.runbookId());
    plan.put("step", approval.step());
    plan.put("operation", approval.operation());
    plan.put("target", approval.target());
    json.put("plan", plan);
    json.put("message", approval.message());
    json.put("evidence", approval.evidence());
    json.put("requestedAt", text(approval.requestedAt()));
    json.put("expiresAt", text(approval.expiresAt()));
    Duration left = Duration.between(now, approval.expiresAt());
    json.put("secondsLeft", Math.max(0, left.toSeconds()));
    return json;
  }

  static Map<String, Object> silence(ActiveSilence silence) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", silence.id());
    json.put(
        "matchers",
        silence.silence().getMatchers().stream()
            .map(Views::matcher)
            .collect(Collectors.joining(", ", "{", "}")));
    json.put("endsAt", text(silence.silence().getExpiresAt()));
    json.put("createdBy", silence.createdBy());
    json.put("createdAt", text(silence.createdAt()));
    json.put("comment", silence.comment());
    return json;
  }

  private static String matcher(LabelMatcher matcher) {
    return dev.responder.schemas.catalog.matcher.LabelMatcher.of(
            matcher.getName(), MatchType.valueOf(matcher.getOperator().name()), matcher.getValue())
        .toString();
  }

  static Map<String, Object> onCall(OnCallDesk.OnCall onCall) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("level", onCall.level());
    json.put("name", onCall.name());
    json.put("user", onCall.user());
    json.put("source", onCall.source());
    json.put("until", text(onCall.until()));
    json.put("contacts", onCall.contacts());
    return json;
  }

  static Map<String, Object> override(OnCallOverride override) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", override.getOverrideId());
    json.put("level", override.getLevel());
    json.put("user", override.getUser());
    json.put("from", text(override.getFrom()));
    json.put("until", text(override.getUntil()));
    return json;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
