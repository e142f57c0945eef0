package dev.responder.operator.domain;

import dev.responder.operator.auth.Principal;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.OnCallOverride;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.EscalationLevel;
import dev.responder.schemas.catalog.OnCallSource;
import dev.responder.schemas.command.CommandRules;
import dev.responder.schemas.command.Role;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is on call, and overrides of it: at each level an override covering now, else the team's
 * on-call calendar, else (for the commander) the catalog's rotation; and each level's contacts. A
 * responder may put themselves on call (take or swap a shift); putting someone else on call takes
 * the approver role.
 */
public final class OnCallDesk {

  private final OperatorView view;
  private final Catalog catalog;
  private final OnCallSource calendar;
  private final Clock clock;
  private final Supplier<String> ids;

  public OnCallDesk(OperatorView view, Catalog catalog, Clock clock, Supplier<String> ids) {
    this(view, catalog, OnCallSource.NONE, clock, ids);
  }

  /** With the on-call {@code calendar} asked after overrides and before the rotation. */
  public OnCallDesk(
      OperatorView view,
      Catalog catalog,
      OnCallSource calendar,
      Clock clock,
      Supplier<String> ids) {
    this.view = view;
    this.catalog = catalog;
    this.calendar = calendar;
    this.clock = clock;
    this.ids = ids;
  }

  /** Who is on call at one level now, and from which source. */
  public record OnCall(
      int level, String name, String user, String source, Instant until, List<String> contacts) {}

  /** The commander (level 0) and every escalation level, as they stand now. */
  public List<OnCall> board() {
    Instant now = clock.instant();
    List<OnCall> board = new ArrayList<>();
    Optional<OnCallOverride> commander = overrideAt(0, now);
    Optional<String> fromCalendar = calendar.personAt(0, now);
    board.add(
        commander
            .map(
                o ->
                    new OnCall(
                        0, "incident commander", o.getUser(), "override", o.getUntil(), List.of()))
            .or(
                // The port names the person only: the calendar's shift end is not shown.
                () ->
                    fromCalendar.map(
                        user ->
                            new OnCall(0, "incident commander", user, "calendar", null, List.of())))
            .orElseGet(
                () ->
                    new OnCall(
                        0,
                        "incident commander",
                        catalog.onCall().commanderAt(now),
                        "rotation",
                        catalog.onCall().nextHandOverAfter(now),
                        List.of())));
    for (EscalationLevel level : catalog.escalation()) {
      Optional<OnCallOverride> override = overrideAt(level.level(), now);
      Optional<String> scheduled = calendar.personAt(level.level(), now);
      board.add(
          new OnCall(
              level.level(),
              level.name(),
              override.map(OnCallOverride::getUser).or(() -> scheduled).orElse(null),
              override.isPresent() ? "override" : scheduled.isPresent() ? "calendar" : "catalog",
              override.map(OnCallOverride::getUntil).orElse(null),
              level.contacts()));
    }
    return board;
  }

  private Optional<OnCallOverride> overrideAt(int level, Instant now) {
    // The latest override to start wins when two cover the same instant: a swap of a swap.
    return view.overrides(now).stream()
        .filter(o -> o.getLevel() == level && !now.isBefore(o.getFrom()))
        .reduce((first, second) -> second);
  }

  public Decision override(Principal who, OverrideRequest request) {
    boolean forSelf = who.user().equals(request.user());
    Optional<Refusal> refusal =
        CommandDesk.permitted(who, forSelf ? Role.RESPONDER : Role.APPROVER, "put someone on call");
    if (refusal.isPresent()) {
      return Decision.refuse(refusal.get());
    }
    Instant now = clock.instant();
    int maxLevel = catalog.escalation().size();
    if (request.level() == null || request.level() < 0 || request.level() > maxLevel) {
      return Decision.refuse(
          Refusal.badRequest(
              "invalid_level",
              "level is 0 (incident commander) or an escalation level from 1 to " + maxLevel));
    }
    if (CommandDesk.blank(request.user()) || !request.user().matches("[A-Za-z0-9._@-]{1,64}")) {
      return Decision.refuse(
          Refusal.badRequest("invalid_user", "user is 1 to 64 letters, digits or . _ @ -"));
    }
    Instant from = request.from() == null ? now : request.from();
    if (request.until() == null
        || !request.until().isAfter(from)
        || !request.until().isAfter(now)) {
      return Decision.refuse(
          Refusal.badRequest(
              "invalid_window", "until must be an instant after from and after now"));
    }
    if (request.until().isAfter(now.plus(CommandRules.MAX_SILENCE))) {
      return Decision.refuse(
          Refusal.badRequest(
              "invalid_window",
              "an override lasts at most " + CommandRules.MAX_SILENCE.toDays() + " days"));
    }
    String id = ids.get();
    OnCallOverride override =
        OnCallOverride.newBuilder()
            .setOverrideId("OVR-" + id)
            .setLevel(request.level())
            .setUser(request.user())
            .setFrom(from)
            .setUntil(request.until())
            .build();
    return CommandDesk.write(
        CommandDesk.newCommand(who, CommandType.ONCALL_OVERRIDE, null, id, now)
            .setOnCallOverride(override));
  }
}
