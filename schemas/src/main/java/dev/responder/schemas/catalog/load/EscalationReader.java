package dev.responder.schemas.catalog.load;

import dev.responder.schemas.catalog.EscalationLevel;
import dev.responder.schemas.catalog.OnCallSchedule;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the {@code escalation} path and the {@code onCall} rotation. A level after one that never
 * escalates (no {@code escalateAfter}) can never be reached, and is reported as such.
 */
final class EscalationReader {

  private static final Set<String> LEVEL_FIELDS = Set.of("name", "contacts", "escalateAfter");
  private static final Set<String> ON_CALL_FIELDS =
      Set.of("timeZone", "firstHandOver", "handOverEvery", "rotation", "calendar");

  private final Reading reading;
  private final CalendarReader calendar;

  EscalationReader(Reading reading, CalendarReader calendar) {
    this.reading = reading;
    this.calendar = calendar;
  }

  Optional<List<EscalationLevel>> escalation(Node node) {
    List<Node> items = reading.items(node, "escalation").orElse(null);
    if (items == null || items.isEmpty()) {
      if (items != null) {
        reading.report(
            node,
            ProblemKind.MISSING_FIELD,
            "escalation lists no level",
            "list the levels from the on-call engineer upwards");
      }
      return Optional.empty();
    }
    List<EscalationLevel> levels = new ArrayList<>();
    Map<String, Node> names = new HashMap<>();
    Node stopper = null;
    for (int i = 0; i < items.size(); i++) {
      String where = "escalation[" + i + "]";
      if (stopper != null) {
        reading.report(
            items.get(i),
            ProblemKind.UNREACHABLE_ESCALATION,
            where
                + " can never be reached: the level at line "
                + Reading.lineOf(stopper)
                + " has no escalateAfter",
            "give every level but the last an escalateAfter, or remove this level");
        continue;
      }
      Optional<EscalationLevel> level = level(items.get(i), i + 1, where, names);
      level.ifPresent(levels::add);
      boolean last = i == items.size() - 1;
      if (level.isPresent() && level.get().escalateAfter().isEmpty() && !last) {
        stopper = items.get(i);
      }
      if (level.isPresent() && level.get().escalateAfter().isPresent() && last) {
        reading.report(
            items.get(i),
            ProblemKind.UNREACHABLE_ESCALATION,
            where + " is the last level but has an escalateAfter: there is no level to escalate to",
            "remove escalateAfter from the last level, or add the level it should reach");
      }
    }
    return levels.size() == items.size() ? Optional.of(levels) : Optional.empty();
  }

  private Optional<EscalationLevel> level(
      Node node, int number, String where, Map<String, Node> names) {
    Optional<Fields> maybe = reading.fields(node, where, LEVEL_FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<String> name = fields.required("name").flatMap(n -> reading.text(n, where + ".name"));
    name.ifPresent(
        n -> reading.unique(names, fields.optional("name").get(), n, "escalation level"));
    Optional<List<String>> contacts =
        fields
            .required("contacts")
            .flatMap(
                n ->
                    reading.nonEmptyTexts(
                        n, where + ".contacts", "the people or channels reached"));
    Optional<Node> afterNode = fields.optional("escalateAfter");
    Optional<Duration> after =
        afterNode.flatMap(n -> reading.duration(n, where + ".escalateAfter"));
    if (afterNode.isPresent() && after.isEmpty()) {
      return Optional.empty();
    }
    return name.flatMap(n -> contacts.map(c -> new EscalationLevel(number, n, c, after)));
  }

  Optional<OnCallSchedule> onCall(Node node, Optional<ZoneId> defaultZone) {
    Optional<Fields> maybe = reading.fields(node, "onCall", ON_CALL_FIELDS);
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<ZoneId> zone =
        fields.optional("timeZone").isPresent()
            ? fields.optional("timeZone").flatMap(n -> calendar.zone(n, "onCall.timeZone"))
            : defaultZone;
    Optional<LocalDateTime> first =
        fields
            .required("firstHandOver")
            .flatMap(
                n ->
                    calendar.parsed(
                        n,
                        "onCall.firstHandOver",
                        LocalDateTime::parse,
                        "a local date-time like 2026-01-05T09:00"));
    Optional<Duration> every =
        fields
            .required("handOverEvery")
            .flatMap(n -> reading.durationAtLeast(n, "onCall.handOverEvery", Duration.ofHours(1)));
    Optional<List<String>> rotation =
        fields
            .required("rotation")
            .flatMap(
                n ->
                    reading.nonEmptyTexts(
                        n, "onCall.rotation", "the commanders in hand-over order"));
    Optional<Node> calendarNode = fields.optional("calendar");
    Optional<String> calendarFile = calendarNode.flatMap(n -> calendarFile(n));
    if (zone.isEmpty()
        || first.isEmpty()
        || every.isEmpty()
        || rotation.isEmpty()
        || calendarNode.isPresent() != calendarFile.isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        new OnCallSchedule(zone.get(), first.get(), every.get(), rotation.get(), calendarFile));
  }

  private Optional<String> calendarFile(Node node) {
    Optional<String> text = reading.text(node, "onCall.calendar");
    if (text.isPresent() && !text.get().endsWith(".ics")) {
      reading.report(
          node,
          ProblemKind.INVALID_VALUE,
          "onCall.calendar '" + text.get() + "' is not an iCalendar file",
          "name a .ics file, relative to the catalog");
      return Optional.empty();
    }
    return text;
  }
}
