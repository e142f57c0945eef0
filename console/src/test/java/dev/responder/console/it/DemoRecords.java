package dev.responder.console.it;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.AlertSource;
import dev.responder.schemas.avro.AlertStatus;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** The records a demo-like run sends: Alertmanager alerts and a person's commands. */
final class DemoRecords {

  private DemoRecords() {}

  static Alert firing(String fingerprint, Map<String, String> labels, Instant startsAt) {
    return Alert.newBuilder()
        .setFingerprint(fingerprint)
        .setStatus(AlertStatus.FIRING)
        .setSource(AlertSource.ALERTMANAGER)
        .setLabels(labels)
        .setStartsAt(startsAt)
        .setReceivedAt(startsAt)
        .setRequestId("req-" + UUID.randomUUID())
        .build();
  }

  static Alert resolved(Alert firing, Instant at) {
    return Alert.newBuilder(firing)
        .setStatus(AlertStatus.RESOLVED)
        .setEndsAt(at)
        .setReceivedAt(at)
        .setRequestId("req-" + UUID.randomUUID())
        .build();
  }

  static Command acknowledge(String incidentId, String author, Instant at) {
    return Command.newBuilder()
        .setCommandId("cmd-" + UUID.randomUUID())
        .setType(CommandType.ACKNOWLEDGE)
        .setIssuedAt(at)
        .setAuthor(author)
        .setComment("looking at the workers")
        .setIncidentId(incidentId)
        .build();
  }
}
