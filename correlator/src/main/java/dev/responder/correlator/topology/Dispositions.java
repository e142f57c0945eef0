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
  private final Counter rejectedCommands;

  public Dispositions(MeterRegistry registry) {
    for (Disposition disposition : Disposition.values()) {
      counters.put(
          disposition,
          Counter.builder("responder.correlator.alerts")
              .description("Input alerts by what became of them")
              .tag("disposition", disposition.name().toLowerCase(Locale.ROOT))
              .register(registry));
    }
    rejectedCommands =
        Counter.builder("responder.correlator.commands.rejected")
            .description("Commands dead-lettered on arrival because they could not be applied")
            .register(registry);
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

  /**
   * Records a command refused on arrival, read at {@code source}, with the reason it went to the
   * dead-letter topic.
   */
  public void rejectCommand(String commandId, String reason, String source) {
    rejectedCommands.increment();
    LOGGER.debug("command {} dead-lettered ({}) from {}", commandId, reason, source);
  }

  /** How many commands were dead-lettered on arrival since start. */
  public long rejectedCommands() {
    return (long) rejectedCommands.count();
  }

  static String where(String topic, int partition, long offset) {
    return topic + "-" + partition + "@" + offset;
  }

  /** How many alerts ended with this disposition since start. */
  public long count(Disposition disposition) {
    return (long) counters.get(disposition).count();
  }
}
