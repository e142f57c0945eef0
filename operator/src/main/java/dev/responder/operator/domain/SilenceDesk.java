package dev.responder.operator.domain;

import dev.responder.operator.auth.Principal;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Silence;
import dev.responder.schemas.catalog.matcher.MatcherSet;
import dev.responder.schemas.catalog.matcher.MatcherSyntaxException;
import dev.responder.schemas.command.CommandRules;
import dev.responder.schemas.command.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides silences: matchers in Alertmanager's syntax compiled by the linear-time engine (RE2), a
 * required comment, a length no longer than {@code maxSilence}, and the contract's rules (at most
 * 32 matchers, no silence muting every alert). Expiring one needs it to exist and still run.
 */
public final class SilenceDesk {

  private final OperatorView view;
  private final Clock clock;
  private final Supplier<String> ids;
  private final Duration maxSilence;

  public SilenceDesk(OperatorView view, Clock clock, Supplier<String> ids, Duration maxSilence) {
    this.view = view;
    this.clock = clock;
    this.ids = ids;
    this.maxSilence =
        maxSilence.compareTo(CommandRules.MAX_SILENCE) > 0 ? CommandRules.MAX_SILENCE : maxSilence;
  }

  /** The longest silence this desk accepts. */
  public Duration maxSilence() {
    return maxSilence;
  }

  public Decision create(Principal who, SilenceRequest request) {
    Instant now = clock.instant();
    Optional<Refusal> early =
        CommandDesk.permitted(who, Role.RESPONDER, "silence")
            .or(() -> commentProblem(request.comment()));
    if (early.isPresent()) {
      return Decision.refuse(early.get());
    }
    Parsed parsed = parse(request, now);
    if (parsed.refusal() != null) {
      return Decision.refuse(parsed.refusal());
    }
    Silence silence =
        Silence.newBuilder()
            .setSilenceId("SIL-" + ids.get())
            .setMatchers(avro(parsed.matchers()))
            .setExpiresAt(parsed.endsAt())
            .build();
    return CommandDesk.write(
        CommandDesk.newCommand(who, CommandType.SILENCE, request.comment(), ids.get(), now)
            .setSilence(silence));
  }

  /** The live incidents whose group labels the silence would match, or why it is refused. */
  public Preview preview(SilenceRequest request) {
    Parsed parsed = parse(request, clock.instant());
    if (parsed.refusal() != null) {
      return new Preview(parsed.refusal(), List.of());
    }
    List<Incident> matched =
        view.incidents().stream()
            .filter(
                incident ->
                    incident.getStatus() != dev.responder.schemas.avro.IncidentStatus.RESOLVED)
            .filter(incident -> parsed.matchers().matches(labelsOf(incident)))
            .toList();
    return new Preview(null, matched);
  }

  /** What a silence would match: refused, or these incidents. */
  public record Preview(Refusal refusal, List<Incident> incidents) {}

  public Decision expire(Principal who, String silenceId) {
    Optional<Refusal> refusal = CommandDesk.permitted(who, Role.RESPONDER, "expire a silence");
    if (refusal.isPresent()) {
      return Decision.refuse(refusal.get());
    }
    Instant now = clock.instant();
    Optional<ActiveSilence> silence = view.silence(silenceId);
    if (silence.isEmpty()) {
      return Decision.refuse(
          Refusal.notFound(
              "unknown_silence",
              "no silence " + silenceId + "; 'responder silence list' lists them"));
    }
    if (!silence.get().activeAt(now)) {
      return Decision.refuse(
          Refusal.conflict(
              "silence_expired",
              silenceId + " already ended at " + silence.get().silence().getExpiresAt()));
    }
    return CommandDesk.write(
        CommandDesk.newCommand(who, CommandType.UNSILENCE, null, ids.get(), now)
            .setSilenceId(silenceId));
  }

  private record Parsed(MatcherSet matchers, Instant endsAt, Refusal refusal) {
    static Parsed refused(Refusal refusal) {
      return new Parsed(null, null, refusal);
    }
  }

  private Parsed parse(SilenceRequest request, Instant now) {
    if (CommandDesk.blank(request.matchers())) {
      return Parsed.refused(
          Refusal.badRequest(
              "matchers_required",
              "a silence needs matchers, e.g. {alertname=\"X\", namespace=~\"crm.*\"}"));
    }
    MatcherSet matchers;
    try {
      matchers = MatcherSet.parse(request.matchers());
    } catch (MatcherSyntaxException e) {
      return Parsed.refused(
          Refusal.badRequest("invalid_matcher", e.getMessage() + " (" + e.hint() + ")"));
    }
    if (matchers.matchers().isEmpty()) {
      return Parsed.refused(
          Refusal.badRequest(
              "matchers_required", "the selector " + request.matchers() + " is empty"));
    }
    Optional<Instant> endsAt = endOf(request, now);
    if (endsAt.isEmpty()) {
      return Parsed.refused(
          Refusal.badRequest(
              "duration_required",
              "give exactly one of durationMinutes (a whole number above 0) or endsAt (ISO-8601)"));
    }
    if (!endsAt.get().isAfter(now)) {
      return Parsed.refused(
          Refusal.badRequest(
              "ends_in_past", "the silence would end at " + endsAt.get() + ", before now"));
    }
    if (endsAt.get().isAfter(now.plus(maxSilence))) {
      return Parsed.refused(
          Refusal.badRequest(
              "duration_too_long",
              "a silence lasts at most "
                  + maxSilence.toHours()
                  + " hours here; silence again when it ends"));
    }
    return new Parsed(matchers, endsAt.get(), null);
  }

  private static Optional<Instant> endOf(SilenceRequest request, Instant now) {
    boolean hasMinutes = request.durationMinutes() != null;
    boolean hasEnd = request.endsAt() != null;
    if (hasMinutes == hasEnd || (hasMinutes && request.durationMinutes() <= 0)) {
      return Optional.empty();
    }
    return Optional.of(
        hasMinutes ? now.plus(Duration.ofMinutes(request.durationMinutes())) : request.endsAt());
  }

  private static Optional<Refusal> commentProblem(String comment) {
    if (CommandDesk.blank(comment)) {
      return Optional.of(
          Refusal.badRequest(
              "comment_required", "say why you silence: {\"comment\": \"deploying crm-api\"}"));
    }
    return CommandDesk.tooLong(comment);
  }

  private static List<LabelMatcher> avro(MatcherSet matchers) {
    return matchers.matchers().stream()
        .map(
            m ->
                LabelMatcher.newBuilder()
                    .setName(m.name())
                    .setOperator(MatchOperator.valueOf(m.type().name()))
                    .setValue(m.value())
                    .build())
        .toList();
  }

  private static Map<String, String> labelsOf(Incident incident) {
    Map<String, String> labels = new HashMap<>(incident.getGroupLabels());
    if (incident.getNamespace() != null) {
      labels.putIfAbsent("namespace", incident.getNamespace());
    }
    if (incident.getService() != null) {
      labels.putIfAbsent("service", incident.getService());
    }
    return labels;
  }
}
