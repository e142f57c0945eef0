package dev.responder.console.projection;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a following projection has come, written by its loop and read by the health and metrics
 * endpoints on other threads: records read since start, and the records still behind the log end.
 */
public final class ProjectionStatus {

  private final AtomicLong recordsRead = new AtomicLong();
  private final AtomicLong lag = new AtomicLong(-1);
  private final AtomicLong polls = new AtomicLong();

  /** Called after each poll with the records it returned and the lag the consumer now sees. */
  void polled(int records, long currentLag) {
    recordsRead.addAndGet(records);
    lag.set(currentLag);
    polls.incrementAndGet();
  }

  /** Records read from the audit topics (and appended, if new) since the process started. */
  public long recordsRead() {
    return recordsRead.get();
  }

  /** Records behind the end of the audit topics, or -1 until every partition was fetched. */
  public long lag() {
    return lag.get();
  }

  /** True once the loop has polled: it holds the writer's lock and reads the log. */
  public boolean following() {
    return polls.get() > 0;
  }
}
