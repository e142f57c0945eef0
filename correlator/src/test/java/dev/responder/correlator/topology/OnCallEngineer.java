package dev.responder.correlator.topology;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * The person paged: acknowledges some of the incidents opened or escalated to them, the rest they
 * leave to the response ladder. Whether they answer is drawn from the simulation's random source,
 * so a seed replays their choices too.
 */
final class OnCallEngineer implements SimulatedParticipant {

  private final Random random;
  private int sent;

  OnCallEngineer(Random random) {
    this.random = random;
  }

  @Override
  public List<Command> onEvent(IncidentEvent event, Instant now) {
    boolean paged =
        event.getType() == IncidentEventType.OPENED
            || event.getType() == IncidentEventType.REOPENED
            || event.getType() == IncidentEventType.ESCALATED;
    if (!paged || random.nextInt(3) != 0) {
      return List.of();
    }
    return List.of(
        Command.newBuilder()
            .setCommandId("oncall-ack-" + sent++)
            .setType(CommandType.ACKNOWLEDGE)
            .setIssuedAt(now)
            .setAuthor("oncall-engineer")
            .setIncidentId(event.getIncidentId())
            .build());
  }
}
