package dev.responder.correlator.topology;

import dev.responder.correlator.domain.Disposition;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts every input alert's disposition ({@code responder_correlator_alerts_total{disposition}})
 * and logs each at DEBUG with topic, partition and offset, so any alert can be traced to its fate.
 */
public final class Dispositions {

  private static final Logger LOGGER = LoggerFactory.getLogger(Dispositions.class);

  private final Map<Disposition, Counter> counters = new EnumMap<>(Disposition.class);

  public Dispositions(MeterRegistry registry) {
    for (Disposition disposition : Disposition.values()) {
      counters.put(
          disposition,
          Counter.builder("responder.correlator.alerts")
              .description("Input alerts by what became of them")
              .tag("disposition", disposition.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
  }

  /** Records the disposition of the alert a processor is handling. */
  public void record(
      Disposition disposition, String fingerprint, String detail, Optional<RecordMetadata> source) {
    record(
        disposition,
        fingerprint,
        detail,
        source.map(m -> where(m.topic(), m.partition(), m.offset())).orElse("?"));
  }

  /** Records one alert's disposition, read at {@code source} (topic-partition@offset). */
  public void record(Disposition disposition, String fingerprint, String detail, String source) {
    counters.get(disposition).increment();
    LOGGER.debug("alert {} {} ({}) from {}", fingerprint, disposition, detail, source);
  }

  static String where(String topic, int partition, long offset) {
    return topic + "-" + partition + "@" + offset;
  }

  /** How many alerts ended with this disposition since start. */
  public long count(Disposition disposition) {
    return (long) counters.get(disposition).count();
  }
}
