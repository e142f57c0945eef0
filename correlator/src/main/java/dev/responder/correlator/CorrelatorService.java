package dev.responder.correlator;

import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.Heartbeats;
import dev.responder.correlator.domain.InhibitRules;
import dev.responder.correlator.domain.ResponsePolicy;
import dev.responder.correlator.domain.SeverityRules;
import dev.responder.correlator.topology.CorrelatorTopics;
import dev.responder.correlator.topology.CorrelatorTopology;
import dev.responder.correlator.topology.Dispositions;
import dev.responder.runtime.http.OperationsEndpoints;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running correlator: the topology on Kafka Streams plus its HTTP endpoints. It only wires what
 * {@link CorrelatorTopology} builds; close it to leave the group cleanly. Should Streams stop on
 * its own (an error it cannot handle), {@code /livez} fails and {@link #stoppedByItself()}
 * completes.
 */
public final class CorrelatorService implements AutoCloseable {

  private static final Logger LOGGER = LoggerFactory.getLogger(CorrelatorService.class);

  private final KafkaStreams streams;
  private final StreamsWatch watch;
  private final KafkaStreamsMetrics streamsMetrics;
  private final OperationsEndpoints endpoints;
  private final MeterRegistry registry;

  private CorrelatorService(
      KafkaStreams streams,
      StreamsWatch watch,
      KafkaStreamsMetrics streamsMetrics,
      OperationsEndpoints endpoints,
      MeterRegistry registry) {
    this.streams = streams;
    this.watch = watch;
    this.streamsMetrics = streamsMetrics;
    this.endpoints = endpoints;
    this.registry = registry;
  }

  /**
   * Builds the topology from the ports, binds the endpoints, then starts Streams. Binding comes
   * first so a taken port fails the start before any stream thread runs; whatever was built is
   * closed when starting fails.
   */
  public static CorrelatorService start(
      CorrelatorConfig config,
      CorrelatorTopics topics,
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules) {
    return start(config, topics, classifier, policy, severityRules, inhibitRules, Heartbeats.NONE);
  }

  /** Starts the correlator watching {@code heartbeats} too (the catalog's). */
  public static CorrelatorService start(
      CorrelatorConfig config,
      CorrelatorTopics topics,
      AlertClassifier classifier,
      ResponsePolicy policy,
      SeverityRules severityRules,
      InhibitRules inhibitRules,
      Heartbeats heartbeats) {
    LOGGER.info("starting correlator with {}", config);
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Dispositions dispositions = new Dispositions(registry);
    KafkaStreams streams =
        new KafkaStreams(
            CorrelatorTopology.buildTopology(
                topics,
                classifier,
                policy,
                severityRules,
                inhibitRules,
                heartbeats,
                config,
                dispositions),
            CorrelatorTopology.streamsProperties(config, topics, dispositions));
    StreamsWatch watch = new StreamsWatch();
    streams.setUncaughtExceptionHandler(watch);
    streams.setStateListener(watch);
    KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
    OperationsEndpoints endpoints = null;
    try {
      streamsMetrics.bindTo(registry);
      endpoints =
          OperationsEndpoints.start(
              config.httpPort(),
              () -> watch.liveness(streams.state()),
              () -> streams.state() == KafkaStreams.State.RUNNING,
              registry);
      streams.start();
    } catch (RuntimeException e) {
      // the constructor already started Streams' admin client and locked the state directory
      new CorrelatorService(streams, watch, streamsMetrics, endpoints, registry).close();
      throw e;
    }
    LOGGER.info("correlator endpoints on port {}", endpoints.port());
    return new CorrelatorService(streams, watch, streamsMetrics, endpoints, registry);
  }

  /** The registry /metrics serves, for meters kept outside the topology (the on-call calendar). */
  public MeterRegistry registry() {
    return registry;
  }

  /** The port of /livez, /readyz and /metrics. */
  public int httpPort() {
    return endpoints.port();
  }

  /** The Streams client's state, e.g. RUNNING. */
  public KafkaStreams.State state() {
    return streams.state();
  }

  /**
   * Completes, with a one-line reason naming the error, once Kafka Streams stopped without {@link
   * #close()} asking it to; the process should then exit so it is restarted.
   */
  public CompletionStage<String> stoppedByItself() {
    return watch.stoppedByItself();
  }

  @Override
  public void close() {
    watch.stopRequested();
    if (endpoints != null) {
      endpoints.close();
    }
    streams.close(Duration.ofSeconds(30));
    streamsMetrics.close();
  }
}
