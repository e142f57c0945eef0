package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

/**
 * ResponderCorrelatorStopped reads the stream-thread counts the correlator exports: bound the way
 * {@code CorrelatorService} binds them, Kafka Streams' client metrics appear under the names the
 * rule uses (a renamed metric would silence the alert, and promtool cannot notice that).
 */
class CorrelatorStreamMetricsTest {

  @Test
  void shouldExportTheStreamThreadCountsTheRuleReads() {
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream("in").to("out");
    Properties properties = new Properties();
    properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-names");
    // Never started: the client metrics exist from construction, no broker is contacted.
    properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9");
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    try (KafkaStreams streams = new KafkaStreams(builder.build(), properties);
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(streams)) {
      metrics.bindTo(registry);

      String scrape = registry.scrape();

      assertThat(scrape)
          .contains("kafka_stream_alive_stream_threads{")
          .contains("kafka_stream_failed_stream_threads_total{");
    }
  }
}
