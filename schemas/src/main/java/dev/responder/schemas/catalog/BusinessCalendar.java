package dev.responder.schemas.catalog;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * The operators' working calendar, which gives "next business day" a meaning: a time zone, the
 * working days of the week, the time a working day starts, and holidays.
 */
public record BusinessCalendar(
    ZoneId zone, Set<DayOfWeek> workingDays, LocalTime startOfDay, Set<LocalDate> holidays) {

  public BusinessCalendar {
    workingDays = Set.copyOf(workingDays);
    holidays = Set.copyOf(holidays);
    if (workingDays.isEmpty()) {
      throw new IllegalArgumentException("a business calendar needs at least one working day");
    }
  }

  public boolean isBusinessDay(LocalDate date) {
    return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * The start of the first business day after the local date of {@code instant}: an alert on Friday
   * (any hour) gets Monday's start of day, as does one on Saturday or Sunday.
   */
  public Instant nextBusinessDayStart(Instant instant) {
    LocalDate day = instant.atZone(zone).toLocalDate().plusDays(1);
    // Bounded: holidays are finite and at least one weekday works, so this ends within a few years.
    while (!isBusinessDay(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(startOfDay).atZone(zone).toInstant();
  }
}
