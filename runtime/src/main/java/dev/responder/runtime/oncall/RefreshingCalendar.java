package dev.responder.runtime.oncall;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An iCalendar file read at start and again every {@code refreshEvery} by a daemon thread of its
 * own, so callers (a stream thread) only read an immutable snapshot and never do I/O. A refresh
 * that fails keeps the last good snapshot, logs the file's error and counts it.
 */
public final class RefreshingCalendar implements AutoCloseable, MeterBinder {

  /** How far back and ahead of each refresh the snapshot holds shifts. */
  static final Duration BEHIND = Duration.ofDays(31);

  static final Duration AHEAD = Duration.ofDays(366);

  /** How often a service reads the file again unless told otherwise. */
  public static final Duration REFRESH_EVERY = Duration.ofMinutes(5);

  private static final Logger LOG = LoggerFactory.getLogger(RefreshingCalendar.class);

  private final Path file;
  private final ZoneId zone;
  private final Clock clock;
  private final AtomicReference<OnCallCalendar> snapshot = new AtomicReference<>();
  private final AtomicLong failures = new AtomicLong();
  private ScheduledExecutorService refresher;

  private RefreshingCalendar(Path file, ZoneId zone, Clock clock) {
    this.file = file;
    this.zone = zone;
    this.clock = clock;
    snapshot.set(read());
  }

  /**
   * The calendar read now, not refreshed: throws an IllegalArgumentException naming the file when
   * it cannot be read or is refused.
   */
  public static RefreshingCalendar read(Path file, ZoneId zone, Clock clock) {
    return new RefreshingCalendar(file, zone, clock);
  }

  /**
   * The calendar a catalog names ({@code onCall.calendar}), its path relative to the catalog file,
   * read now with the system clock.
   */
  public static RefreshingCalendar besideCatalog(Path catalogFile, String calendar, ZoneId zone) {
    Path file = catalogFile.toAbsolutePath().getParent().resolve(calendar);
    return read(file, zone, Clock.systemUTC());
  }

  /**
   * Reads the file again every {@code every} on a daemon thread of its own until closed; a second
   * call changes nothing.
   */
  public synchronized RefreshingCalendar startRefreshing(Duration every) {
    if (refresher == null) {
      refresher =
          Executors.newSingleThreadScheduledExecutor(
              task -> {
                Thread thread = new Thread(task, "oncall-calendar-refresh");
                thread.setDaemon(true);
                return thread;
              });
      long millis = every.toMillis();
      refresher.scheduleWithFixedDelay(this::refresh, millis, millis, TimeUnit.MILLISECONDS);
    }
    return this;
  }

  private OnCallCalendar read() {
    Instant now = clock.instant();
    return ICalendarOnCall.read(file, zone, now.minus(BEHIND), now.plus(AHEAD));
  }

  /** Reads the file again; on failure keeps the last good snapshot and says false. */
  public boolean refresh() {
    try {
      snapshot.set(read());
      return true;
    } catch (RuntimeException e) {
      failures.incrementAndGet();
      LOG.warn("{}; keeping the schedule read before", e.getMessage());
      return false;
    }
  }

  /** The person on call at {@code level} at {@code at} in the last good snapshot, if any. */
  public Optional<String> personAt(int level, Instant at) {
    return snapshot.get().personAt(level, at);
  }

  /** How many refreshes failed since the start. */
  public long refreshFailures() {
    return failures.get();
  }

  /** Counts failed refreshes as {@code responder_oncall_calendar_refresh_failures_total}. */
  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder(
            "responder.oncall.calendar.refresh.failures", failures, AtomicLong::doubleValue)
        .description("Reads of the on-call calendar that failed; the last good one is kept")
        .tag("file", file.getFileName().toString())
        .register(registry);
  }

  /** The file this calendar reads. */
  public Path file() {
    return file;
  }

  @Override
  public synchronized void close() {
    if (refresher != null) {
      refresher.shutdownNow();
    }
  }
}
