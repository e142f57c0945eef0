package dev.responder.app.local;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A started service as local mode sees it: a name, where it answers, and how to stop it (once,
 * however often {@link #close()} is called).
 */
record RunningService(String name, Optional<URI> uri, Runnable stop, AtomicBoolean stopped)
    implements LocalService {

  RunningService(String name, URI uri, Runnable stop) {
    this(name, Optional.of(uri), stop, new AtomicBoolean());
  }

  @Override
  public void close() {
    if (stopped.compareAndSet(false, true)) {
      stop.run();
    }
  }
}
