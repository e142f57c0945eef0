package dev.responder.remediator.paging;

import dev.responder.schemas.catalog.EscalationLevel;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's escalation path as contacts. The correlator counts climbs beyond the on-call
 * engineer ({@code Incident.escalationLevel} 0 at detection, 1 once the deadline passed), so the
 * catalog level an incident stands at is its escalation level plus one.
 */
public final class Ladder {

  private final List<EscalationLevel> levels;

  public Ladder(List<EscalationLevel> levels) {
    this.levels = List.copyOf(levels);
  }

  /**
   * The catalog level (1-based) an incident at correlator escalation level {@code climbs} is at.
   */
  public static int catalogLevel(int climbs) {
    return climbs + 1;
  }

  /** The level's contacts, parsed; empty past the top. */
  public List<Contact> contactsAt(int level) {
    return at(level)
        .map(found -> found.contacts().stream().map(Contact::parse).toList())
        .orElse(List.of());
  }

  public Optional<EscalationLevel> at(int level) {
    return level >= 1 && level <= levels.size()
        ? Optional.of(levels.get(level - 1))
        : Optional.empty();
  }

  /** Every pager contact of levels 1..{@code level}: the pages an incident there may hold. */
  public List<Contact> pagersUpTo(int level) {
    return levels.stream()
        .filter(found -> found.level() <= level)
        .flatMap(found -> found.contacts().stream().map(Contact::parse))
        .filter(Contact::pages)
        .distinct()
        .toList();
  }
}
