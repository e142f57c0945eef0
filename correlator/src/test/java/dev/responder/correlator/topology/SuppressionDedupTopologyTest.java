package dev.responder.correlator.topology;

import static dev.responder.correlator.testing.Alerts.T0;
import static dev.responder.correlator.testing.Alerts.backend;
import static dev.responder.correlator.testing.Alerts.firing;
import static dev.responder.correlator.testing.Alerts.resent;
import static dev.responder.correlator.testing.Alerts.resolved;
import static dev.responder.schemas.avro.IncidentEventType.OPENED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.correlator.domain.Disposition;
import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.avro.IncidentEvent;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 14, point 1: a silenced or inhibited alert is not remembered as seen. */
class SuppressionDedupTopologyTest {

  @TempDir Path stateDir;
  private CorrelatorDriver correlator;

  @BeforeEach
  void start() {
    correlator = new CorrelatorDriver(stateDir, T0);
  }

  @AfterEach
  void close() {
    correlator.close();
  }

  @Test
  void shouldOpenAnIncidentForTheResendOfAnAlertOnceItsSilenceIsLifted() {
    correlator.command(
        Commands.silenceAlertname("s1", "WorkerQueueStuck", T0, T0.plus(Duration.ofHours(2))));
    Alert alert = firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck"));
    correlator.receive(alert);
    correlator.command(Commands.unsilence("s1", T0.plusSeconds(60)));

    correlator.receive(resent(alert, Duration.ofHours(4)));

    assertThat(correlator.events()).extracting(IncidentEvent::getType).contains(OPENED);
    assertThat(correlator.dispositions.count(Disposition.SILENCED)).isEqualTo(1);
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isZero();
  }

  @Test
  void shouldOpenAnIncidentForTheResendOfAnAlertOnceItsSilenceHasExpired() {
    correlator.command(
        Commands.silenceAlertname("s1", "WorkerQueueStuck", T0, T0.plus(Duration.ofHours(1))));
    Alert alert = firing("fp-1", T0.plusSeconds(10), backend("WorkerQueueStuck"));
    correlator.receive(alert);

    correlator.receive(resent(alert, Duration.ofHours(4)));

    assertThat(correlator.events()).extracting(IncidentEvent::getType).contains(OPENED);
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isZero();
  }

  @Test
  void shouldOpenAnIncidentForTheResendOfAnInhibitedAlertOnceTheP1Resolves() {
    Alert p1 = firing("fp-api", T0, backend("ApiUnresponsive"));
    Alert lag = firing("fp-lag", T0.plusSeconds(5), backend("EventProcessingLag"));
    correlator.receive(p1, lag);
    correlator.receive(resolved(p1, T0.plusSeconds(600)));
    correlator.events();

    correlator.receive(resent(lag, Duration.ofHours(4)));

    assertThat(correlator.events()).extracting(IncidentEvent::getType).startsWith(OPENED);
    assertThat(correlator.dispositions.count(Disposition.INHIBITED)).isEqualTo(1);
    assertThat(correlator.dispositions.count(Disposition.DUPLICATE)).isZero();
  }
}
