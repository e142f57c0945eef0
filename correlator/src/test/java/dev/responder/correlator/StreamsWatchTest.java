package dev.responder.correlator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.runtime.http.Liveness;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class StreamsWatchTest {

  private final StreamsWatch watch = new StreamsWatch();

  @ParameterizedTest
  @EnumSource(
      value = State.class,
      names = {"PENDING_ERROR", "ERROR", "NOT_RUNNING"})
  void shouldFailLivenessNamingTheStateOnceStreamsStoppedByItself(State state) {
    Liveness liveness = StreamsWatch.liveness(state, false);

    assertThat(liveness.alive()).isFalse();
    assertThat(liveness.detail()).contains("Kafka Streams is " + state);
  }

  @ParameterizedTest
  @EnumSource(
      value = State.class,
      mode = Mode.EXCLUDE,
      names = {"PENDING_ERROR", "ERROR", "NOT_RUNNING"})
  void shouldStayLiveWhileStreamsStartsRebalancesRunsOrShutsDown(State state) {
    assertThat(StreamsWatch.liveness(state, false)).isEqualTo(Liveness.ALIVE);
  }

  @ParameterizedTest
  @EnumSource(State.class)
  void shouldStayLiveWhileClosingOnPurpose(State state) {
    assertThat(StreamsWatch.liveness(state, true)).isEqualTo(Liveness.ALIVE);
  }

  @Test
  void shouldShutTheClientDownRatherThanReplayThePoisonOnANewThread() {
    assertThat(watch.handle(new IllegalStateException("boom")))
        .isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
  }

  @Test
  void shouldReportOnOneLineWhereStreamsFailedAndWhyOnceItReachesError() {
    watch.handle(
        new StreamsException(
            "Exception caught in process. taskId=0_1, processor=dedup, topic=alerts, partition=1,"
                + " offset=7, stacktrace=java.lang.NullPointerException: alert is null\n"
                + "\tat dev.responder.Some.frame(Some.java:1)",
            new NullPointerException("alert is null")));

    watch.onChange(State.PENDING_ERROR, State.RUNNING);
    watch.onChange(State.ERROR, State.PENDING_ERROR);

    assertThat(watch.stoppedByItself().toCompletableFuture().getNow(null))
        .isEqualTo(
            "Kafka Streams stopped (ERROR): Exception caught in process. taskId=0_1,"
                + " processor=dedup, topic=alerts, partition=1, offset=7 caused by"
                + " java.lang.NullPointerException: alert is null");
  }

  @Test
  void shouldReportAShutdownNobodyAskedFor() {
    watch.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);

    assertThat(watch.stoppedByItself().toCompletableFuture().getNow(null))
        .isEqualTo("Kafka Streams stopped (NOT_RUNNING) though it was not asked to");
  }

  @Test
  void shouldNotReportAShutdownItWasAskedFor() {
    watch.stopRequested();

    watch.onChange(State.NOT_RUNNING, State.PENDING_SHUTDOWN);

    CompletableFuture<String> stopped = watch.stoppedByItself().toCompletableFuture();
    assertThat(stopped).isNotDone();
    assertThat(watch.liveness(State.NOT_RUNNING)).isEqualTo(Liveness.ALIVE);
  }
}
