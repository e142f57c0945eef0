package dev.responder.runtime.oncall;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * Reads an iCalendar file into an {@link OnCallCalendar}: each {@code VEVENT}'s occurrences in a
 * window, with {@code RRULE}, {@code EXDATE} and {@code RECURRENCE-ID} exceptions. An event's level
 * is its {@code CATEGORIES} value {@code level-<n>} (none: level 0, the commander); its person the
 * first {@code ATTENDEE}'s {@code CN}, else its mailto's local part, else the {@code SUMMARY}.
 */
public final class ICalendarOnCall {

  /** The user names the catalog's rotation and on-call overrides accept. */
  private static final Pattern USER = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

  private static final Pattern LEVEL = Pattern.compile("level-(\\d{1,2})");

  private ICalendarOnCall() {}

  /**
   * The shifts of {@code file} between {@code from} and {@code to}; a floating or all-day time is
   * read in {@code zone}. Throws an IllegalArgumentException naming the file (and the line or
   * event) when it cannot be read, is not iCalendar, or names someone who is not a user name.
   */
  public static OnCallCalendar read(Path file, ZoneId zone, Instant from, Instant to) {
    Calendar calendar;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      calendar = new CalendarBuilder().build(reader);
    } catch (ParserException e) {
      throw refused(file, e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      throw refused(file, e.toString(), e);
    }
    try {
      return new OnCallCalendar(shifts(calendar, zone, from, to), from, to);
    } catch (IllegalArgumentException e) {
      throw refused(file, e.getMessage(), e);
    } catch (RuntimeException e) {
      throw refused(file, e.toString(), e);
    }
  }

  private static IllegalArgumentException refused(Path file, String why, Exception cause) {
    return new IllegalArgumentException("on-call calendar " + file + " is refused: " + why, cause);
  }

  private static List<Shift> shifts(Calendar calendar, ZoneId zone, Instant from, Instant to) {
    List<VEvent> events = calendar.getComponents(Component.VEVENT);
    // A RECURRENCE-ID event replaces its series' occurrence that starts at that instant.
    Map<String, Set<Instant>> replaced = new HashMap<>();
    for (VEvent event : events) {
      Optional<Property> recurrenceId = event.getProperty(Property.RECURRENCE_ID);
      if (recurrenceId.isPresent()) {
        Temporal at = ((RecurrenceId<?>) recurrenceId.get()).getDate();
        replaced.computeIfAbsent(uid(event), u -> new HashSet<>()).add(instant(at, zone));
      }
    }
    Period<ZonedDateTime> window = new Period<>(from.atZone(zone), to.atZone(zone));
    List<Shift> shifts = new ArrayList<>();
    for (int order = 0; order < events.size(); order++) {
      VEvent event = events.get(order);
      try {
        shifts.addAll(occurrences(event, order, replaced, window, zone));
      } catch (RuntimeException e) {
        // Values are parsed lazily: a bad date surfaces here, so name the event it came from.
        throw new IllegalArgumentException(where(event) + ": " + e.getMessage(), e);
      }
    }
    return shifts;
  }

  private static List<Shift> occurrences(
      VEvent event,
      int order,
      Map<String, Set<Instant>> replaced,
      Period<ZonedDateTime> window,
      ZoneId zone) {
    int level = level(event);
    String person = person(event);
    boolean isException = event.getProperty(Property.RECURRENCE_ID).isPresent();
    Set<Instant> skip = isException ? Set.of() : replaced.getOrDefault(uid(event), Set.of());
    List<Shift> shifts = new ArrayList<>();
    for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(window)) {
      Instant start = instant(occurrence.getStart(), zone);
      if (!skip.contains(start)) {
        shifts.add(new Shift(level, person, start, instant(occurrence.getEnd(), zone), order));
      }
    }
    return shifts;
  }

  private static String uid(VEvent event) {
    return event.getProperty(Property.UID).map(Property::getValue).orElse("");
  }

  private static String where(VEvent event) {
    return "event "
        + event.getProperty(Property.UID).map(Property::getValue).orElse("without UID")
        + event.getProperty(Property.SUMMARY).map(s -> " ('" + s.getValue() + "')").orElse("");
  }

  private static int level(VEvent event) {
    for (Property categories : event.getProperties(Property.CATEGORIES)) {
      for (String category : categories.getValue().split(",")) {
        Matcher matcher = LEVEL.matcher(category.trim().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
          return Integer.parseInt(matcher.group(1));
        }
      }
    }
    return 0;
  }

  private static String person(VEvent event) {
    Optional<Property> attendee = event.getProperty(Property.ATTENDEE);
    String person;
    if (attendee.isPresent()) {
      person =
          attendee
              .get()
              .<Parameter>getParameter(Parameter.CN)
              .map(Parameter::getValue)
              .orElseGet(() -> mailbox(attendee.get().getValue()));
    } else {
      person = event.getProperty(Property.SUMMARY).map(Property::getValue).orElse("").trim();
    }
    if (!USER.matcher(person).matches()) {
      throw new IllegalArgumentException(
          "names '"
              + person
              + "', not a user name (1 to 64 letters, digits or . _ @ -): give the attendee a CN"
              + " or the summary the user name");
    }
    return person;
  }

  private static String mailbox(String address) {
    String local = address.replaceFirst("(?i)^mailto:", "");
    int at = local.indexOf('@');
    return at < 0 ? local : local.substring(0, at);
  }

  private static Instant instant(Temporal temporal, ZoneId zone) {
    if (temporal.isSupported(ChronoField.INSTANT_SECONDS)) {
      return Instant.from(temporal);
    }
    if (temporal instanceof LocalDateTime local) {
      return local.atZone(zone).toInstant();
    }
    if (temporal instanceof LocalDate day) {
      return day.atStartOfDay(zone).toInstant();
    }
    throw new IllegalArgumentException("a time of an unknown kind: " + temporal);
  }
}
