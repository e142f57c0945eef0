package dev.responder.schemas.catalog.load;

import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.BusinessCalendar;
import dev.responder.schemas.catalog.ResponseTime;
import dev.responder.schemas.catalog.SeverityLevel;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads the {@code calendar} and the {@code severities} with their response times. */
final class CalendarReader {

  private static final List<String> DAYS =
      Arrays.stream(DayOfWeek.values()).map(d -> d.name().toLowerCase(Locale.ROOT)).toList();

  private final Reading reading;

  CalendarReader(Reading reading) {
    this.reading = reading;
  }

  Optional<BusinessCalendar> calendar(Node node) {
    Optional<Fields> maybe =
        reading.fields(
            node, "calendar", Set.of("timeZone", "workingDays", "startOfDay", "holidays"));
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Fields fields = maybe.get();
    Optional<ZoneId> zone = fields.required("timeZone").flatMap(n -> zone(n, "calendar.timeZone"));
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    fields
        .required("workingDays")
        .flatMap(n -> reading.items(n, "calendar.workingDays"))
        .ifPresent(
            items ->
                items.forEach(
                    n ->
                        reading
                            .oneOf(n, "calendar.workingDays", DAYS)
                            .map(d -> DayOfWeek.valueOf(d.toUpperCase(Locale.ROOT)))
                            .ifPresent(days::add)));
    Optional<LocalTime> start =
        fields
            .required("startOfDay")
            .flatMap(n -> parsed(n, "calendar.startOfDay", LocalTime::parse, "a time like 09:00"));
    Set<LocalDate> holidays = new HashSet<>();
    fields
        .optional("holidays")
        .flatMap(n -> reading.items(n, "calendar.holidays"))
        .ifPresent(
            items ->
                items.forEach(
                    n ->
                        parsed(n, "calendar.holidays", LocalDate::parse, "a date like 2026-12-25")
                            .ifPresent(holidays::add)));
    if (days.isEmpty() || zone.isEmpty() || start.isEmpty()) {
      if (days.isEmpty()) {
        reading.report(
            fields.node(),
            ProblemKind.MISSING_FIELD,
            "calendar has no working day",
            "list them, e.g. workingDays: [monday, tuesday, wednesday, thursday, friday]");
      }
      return Optional.empty();
    }
    return Optional.of(new BusinessCalendar(zone.get(), days, start.get(), holidays));
  }

  Optional<ZoneId> zone(Node node, String where) {
    return parsed(node, where, ZoneId::of, "a region id like Europe/Berlin or UTC");
  }

  /** A text parsed by {@code parser}, or a problem saying what was expected. */
  <T> Optional<T> parsed(Node node, String where, Function<String, T> parser, String expected) {
    return reading
        .text(node, where)
        .flatMap(
            raw -> {
              try {
                return Optional.of(parser.apply(raw.trim()));
              } catch (DateTimeException e) {
                reading.report(
                    node,
                    ProblemKind.INVALID_VALUE,
                    where + " is '" + raw + "'",
                    "write " + expected);
                return Optional.empty();
              }
            });
  }

  /** The four severities, each with a description and a response time. */
  Optional<Map<Severity, SeverityLevel>> severities(Node node) {
    Optional<Fields> maybe =
        reading.fields(node, "severities", Set.copyOf(SeverityReader.SEVERITIES));
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Map<Severity, SeverityLevel> levels = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      maybe
          .get()
          .required(severity.name())
          .flatMap(n -> level(n, severity))
          .ifPresent(level -> levels.put(severity, level));
    }
    return levels.size() == Severity.values().length ? Optional.of(levels) : Optional.empty();
  }

  private Optional<SeverityLevel> level(Node node, Severity severity) {
    String where = "severities." + severity;
    Optional<Fields> maybe = reading.fields(node, where, Set.of("description", "responseTime"));
    if (maybe.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> description =
        maybe.get().required("description").flatMap(n -> reading.text(n, where + ".description"));
    Optional<ResponseTime> response =
        maybe.get().required("responseTime").flatMap(n -> responseTime(n, where + ".responseTime"));
    return description.flatMap(d -> response.map(r -> new SeverityLevel(severity, d, r)));
  }

  private Optional<ResponseTime> responseTime(Node node, String where) {
    Optional<String> raw = reading.text(node, where);
    if (raw.isPresent() && raw.get().equals(ResponseTime.NEXT_BUSINESS_DAY)) {
      return Optional.of(ResponseTime.nextBusinessDay());
    }
    return raw.flatMap(
            r -> reading.duration(node, where + " (or " + ResponseTime.NEXT_BUSINESS_DAY + ")"))
        .map(ResponseTime::within);
  }
}
