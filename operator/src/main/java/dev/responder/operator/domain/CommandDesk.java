package dev.responder.operator.domain;

import dev.responder.operator.auth.Principal;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Incident;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.catalog.ApprovalPolicy;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.Runbook;
import dev.responder.schemas.command.CommandRules;
import dev.responder.schemas.command.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decides what people ask of incidents and approvals: who may (role, and for approvals the
 * catalog's {@link ApprovalPolicy}), whether it still makes sense (the incident exists and is live,
 * the approval waits and has not expired or been answered), and the command that carries it, with
 * author and role. Silences and on-call overrides are decided by {@link SilenceDesk} and {@link
 * OnCallDesk}.
 */
public final class CommandDesk {

  static final int MAX_TEXT = 2000;

  private final OperatorView view;
  private final Catalog catalog;
  private final Clock clock;
  private final Supplier<String> ids;

  public CommandDesk(OperatorView view, Catalog catalog, Clock clock, Supplier<String> ids) {
    this.view = view;
    this.catalog = catalog;
    this.clock = clock;
    this.ids = ids;
  }

  public Decision acknowledge(Principal who, String incidentId, String comment) {
    return onLiveIncident(who, CommandType.ACKNOWLEDGE, incidentId, comment)
        .orElseGet(
            () -> {
              Incident incident = view.incident(incidentId).orElseThrow();
              if (incident.getAcknowledgedAt() != null) {
                return Decision.refuse(
                    Refusal.conflict(
                        "already_acknowledged",
                        incidentId
                            + " was acknowledged by "
                            + incident.getAcknowledgedBy()
                            + " at "
                            + incident.getAcknowledgedAt()));
              }
              return write(
                  command(who, CommandType.ACKNOWLEDGE, comment).setIncidentId(incidentId));
            });
  }

  public Decision resolve(Principal who, String incidentId, String comment) {
    return onLiveIncident(who, CommandType.RESOLVE, incidentId, comment)
        .orElseGet(
            () -> write(command(who, CommandType.RESOLVE, comment).setIncidentId(incidentId)));
  }

  public Decision assign(Principal who, String incidentId, String commander, String comment) {
    if (blank(commander)) {
      return Decision.refuse(
          Refusal.badRequest("commander_required", "name the new commander: {\"commander\": ...}"));
    }
    if (!commander.matches("[A-Za-z0-9._@-]{1,64}")) {
      return Decision.refuse(
          Refusal.badRequest(
              "invalid_commander", "a commander is 1 to 64 letters, digits or . _ @ -"));
    }
    return onLiveIncident(who, CommandType.ASSIGN, incidentId, comment)
        .orElseGet(
            () ->
                write(
                    command(who, CommandType.ASSIGN, comment)
                        .setIncidentId(incidentId)
                        .setAssignee(commander)));
  }

  /** A comment is allowed on a resolved incident too: notes for the post-incident review. */
  public Decision comment(Principal who, String incidentId, String text) {
    if (blank(text)) {
      return Decision.refuse(
          Refusal.badRequest("comment_required", "a comment needs text: {\"text\": ...}"));
    }
    return permitted(who, Role.RESPONDER, "comment")
        .or(() -> tooLong(text))
        .or(() -> known(incidentId))
        .<Decision>map(Decision::refuse)
        .orElseGet(() -> write(command(who, CommandType.COMMENT, text).setIncidentId(incidentId)));
  }

  public Decision approve(Principal who, String actionKey, String comment) {
    return answer(who, CommandType.APPROVE, actionKey, comment);
  }

  public Decision reject(Principal who, String actionKey, String comment) {
    return answer(who, CommandType.REJECT, actionKey, comment);
  }

  private Decision answer(Principal who, CommandType type, String actionKey, String comment) {
    String verb = type == CommandType.APPROVE ? "approve" : "reject";
    Optional<Refusal> early = permitted(who, Role.RESPONDER, verb).or(() -> tooLong(comment));
    if (early.isPresent()) {
      return Decision.refuse(early.get());
    }
    Optional<String> settled = view.settled(actionKey);
    if (settled.isPresent()) {
      return Decision.refuse(
          Refusal.conflict("already_answered", actionKey + " was already " + settled.get()));
    }
    Optional<PendingApproval> waiting = view.waiting(actionKey);
    if (waiting.isEmpty()) {
      return Decision.refuse(
          Refusal.notFound(
              "unknown_approval",
              "no action waits for approval under "
                  + actionKey
                  + "; 'responder approvals' lists those that do"));
    }
    PendingApproval approval = waiting.get();
    Instant now = clock.instant();
    if (approval.expiredAt(now)) {
      return Decision.refuse(
          Refusal.conflict(
              "approval_expired",
              actionKey + " stopped waiting at " + approval.expiresAt() + "; it is no longer run"));
    }
    String commander =
        view.incident(approval.incidentId()).map(Incident::getCommander).orElse(null);
    Optional<String> notAllowed =
        policyFor(approval.runbookId()).refusal(who.user(), who.role(), commander);
    if (notAllowed.isPresent()) {
      return Decision.refuse(
          Refusal.forbidden("approver_not_allowed", "cannot " + verb + ": " + notAllowed.get()));
    }
    return write(
        command(who, type, comment).setIncidentId(approval.incidentId()).setActionKey(actionKey));
  }

  private ApprovalPolicy policyFor(String runbookId) {
    return catalog
        .runbook(runbookId)
        .map(Runbook::guardrails)
        .map(guardrails -> guardrails.approval())
        .orElse(ApprovalPolicy.DEFAULT);
  }

  /** Refuses unless the incident exists and is live; empty when the command may go ahead. */
  private Optional<Decision> onLiveIncident(
      Principal who, CommandType type, String incidentId, String comment) {
    String verb = type.name().toLowerCase(java.util.Locale.ROOT);
    Optional<Refusal> refusal =
        permitted(who, Role.RESPONDER, verb)
            .or(() -> tooLong(comment))
            .or(() -> known(incidentId))
            .or(
                () ->
                    view.incident(incidentId)
                        .filter(incident -> incident.getStatus() == IncidentStatus.RESOLVED)
                        .map(
                            incident ->
                                Refusal.conflict(
                                    "incident_resolved",
                                    incidentId
                                        + " was resolved at "
                                        + incident.getResolvedAt()
                                        + "; it cannot be "
                                        + verb
                                        + (verb.endsWith("e") ? "d" : "ed"))));
    return refusal.map(Decision::refuse);
  }

  private Optional<Refusal> known(String incidentId) {
    if (view.incident(incidentId).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        Refusal.notFound(
            "unknown_incident",
            "no incident " + incidentId + "; 'responder incidents' lists the ids"));
  }

  static Optional<Refusal> permitted(Principal who, Role needed, String what) {
    if (who.role().atLeast(needed)) {
      return Optional.empty();
    }
    return Optional.of(
        Refusal.forbidden(
            "role_too_low",
            who.user()
                + " is a "
                + who.role().label()
                + "; to "
                + what
                + " takes the "
                + needed.label()
                + " role or higher"));
  }

  static Optional<Refusal> tooLong(String text) {
    if (text != null && text.length() > MAX_TEXT) {
      return Optional.of(
          Refusal.badRequest("text_too_long", "a comment is at most " + MAX_TEXT + " characters"));
    }
    return Optional.empty();
  }

  Command.Builder command(Principal who, CommandType type, String comment) {
    return newCommand(who, type, comment, ids.get(), clock.instant());
  }

  static Command.Builder newCommand(
      Principal who, CommandType type, String comment, String id, Instant at) {
    return Command.newBuilder()
        .setCommandId(id)
        .setType(type)
        .setIssuedAt(at)
        .setAuthor(who.user())
        .setAuthorRole(who.role().label())
        .setComment(blank(comment) ? null : comment);
  }

  /** The command to write, keyed as the topic catalogue says; checked against the shared rules. */
  static Decision write(Command.Builder builder) {
    Command command = builder.build();
    Optional<String> problem = CommandRules.problemWith(command);
    if (problem.isPresent()) {
      return Decision.refuse(Refusal.badRequest("invalid_command", problem.get()));
    }
    String key = command.getIncidentId() != null ? command.getIncidentId() : command.getCommandId();
    return new Decision.Write(command, key);
  }

  static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
