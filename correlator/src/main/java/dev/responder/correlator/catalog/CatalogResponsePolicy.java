package dev.responder.correlator.catalog;

import dev.responder.correlator.domain.EscalationLevel;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.schemas.avro.Severity;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.OnCallSource;
import dev.responder.schemas.catalog.ResponseClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog's response rules as the correlator's policy. The catalog's level 1 (the on-call
 * engineer) is the commander, reached at detection; the correlator's path starts at the catalog's
 * level 2, reached when the response deadline passes, and each level then waits the catalog's
 * {@code escalateAfter} before the next. The escalation target names the level and its contacts.
 * The commander is the on-call calendar's, if the catalog names one and it covers the instant, else
 * the rotation's (on-call overrides come before both, in {@code OverriddenResponsePolicy}).
 */
public final class CatalogResponsePolicy implements ResponsePolicy {

  private final Catalog catalog;
  private final ResponseClock clock;
  private final List<EscalationLevel> path;
  private final OnCallSource onCall;

  public CatalogResponsePolicy(Catalog catalog) {
    this(catalog, OnCallSource.NONE);
  }

  /** The catalog's rules, with {@code calendar} asked for the commander before the rotation. */
  public CatalogResponsePolicy(Catalog catalog, OnCallSource calendar) {
    this.catalog = catalog;
    this.clock = new ResponseClock(catalog);
    this.path = pathBeyondCommander(catalog);
    this.onCall = calendar.orElse(catalog.onCall());
  }

  private static List<EscalationLevel> pathBeyondCommander(Catalog catalog) {
    List<EscalationLevel> path = new ArrayList<>();
    List<dev.responder.schemas.catalog.EscalationLevel> levels = catalog.escalation();
    for (int i = 1; i < levels.size(); i++) {
      dev.responder.schemas.catalog.EscalationLevel level = levels.get(i);
      String who = level.name() + " " + level.contacts();
      path.add(new EscalationLevel(i, who, level.escalateAfter()));
    }
    return List.copyOf(path);
  }

  @Override
  public Instant responseDue(Severity severity, Instant detectedAt) {
    return clock.respondBy(severity, detectedAt);
  }

  @Override
  public List<EscalationLevel> escalationPath() {
    return path;
  }

  @Override
  public Optional<String> commanderAt(Instant at) {
    return onCall.personAt(0, at);
  }

  @Override
  public Optional<Duration> recurrenceWatch(String runbookId) {
    return catalog.runbook(runbookId).flatMap(r -> r.verification().monitorFor());
  }
}
