package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentEvent;
import java.time.Instant;
import java.util.List;

/**
 * Something downstream of the correlator that the simulation drives from the same seeded schedule:
 * it reads every incident event and may answer with commands, which the schedule delivers at a
 * later step of its choosing. The on-call engineer is one; the remediator's pure core is meant to
 * be the next (its outcomes would go to the correlator's outcomes input, and its own invariants,
 * such as no action effect twice, would join the checks through {@link #violations}).
 */
interface SimulatedParticipant {

  /** The commands this participant sends in answer to an event it read at {@code now}. */
  List<Command> onEvent(IncidentEvent event, Instant now);

  /** The participant's process crashed and came back (state it keeps durably survives). */
  default void restart() {}

  /** What the participant itself saw go wrong, one line each; checked after every step. */
  default List<String> violations() {
    return List.of();
  }
}
