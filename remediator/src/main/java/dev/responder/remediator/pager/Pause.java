package dev.responder.remediator.pager;

import java.time.Duration;

/** Waits between delivery attempts; tests pass one that records the waits instead. */
@FunctionalInterface
public interface Pause {

  Pause REAL = wait -> Thread.sleep(wait.toMillis());

  void pause(Duration wait) throws InterruptedException;
}
