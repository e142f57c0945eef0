package dev.responder.app.local;

import java.util.List;

/**
 * The services local mode runs, in start order (stopped in reverse). Adding a service is one line:
 * its {@link LocalService.Starter}.
 */
final class LocalServices {

  static final List<LocalService.Starter> ALL =
      List.of(
          LocalIngest::start, LocalCorrelator::start, LocalRemediator::start, LocalOperator::start);

  private LocalServices() {}
}
