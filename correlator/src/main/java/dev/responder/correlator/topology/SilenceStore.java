package dev.responder.correlator.topology;

import dev.responder.correlator.domain.SilenceIndex;
import dev.responder.correlator.domain.SilenceRepository;
import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.Silence;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One task's silences: kept in the changelogged store (silence id -> the SILENCE command that
 * carries it) and indexed in memory ({@link SilenceIndex}). The index is built from the store on
 * first use after the task starts, so it always reflects what the store restored, and is kept in
 * step by every put and remove.
 */
final class SilenceStore implements SilenceRepository {

  private final KeyValueStore<String, Command> silences;
  private SilenceIndex index;

  SilenceStore(ProcessingContext context) {
    this.silences = context.getStateStore(StoreState.SILENCES);
  }

  @Override
  public void put(Silence silence) {
    // The shared serdes cover the contract's top-level records, so a silence is kept as the
    // SILENCE command that carries it.
    silences.put(
        silence.getSilenceId(),
        Command.newBuilder()
            .setCommandId(silence.getSilenceId())
            .setType(CommandType.SILENCE)
            .setIssuedAt(Instant.EPOCH)
            .setAuthor("")
            .setSilence(silence)
            .build());
    index().add(silence);
  }

  @Override
  public void remove(String silenceId) {
    silences.delete(silenceId);
    index().remove(silenceId);
  }

  @Override
  public List<Silence> all() {
    List<Silence> all = new ArrayList<>();
    try (KeyValueIterator<String, Command> kept = silences.all()) {
      // The store also keeps on-call overrides (OnCallStore); they carry no silence.
      kept.forEachRemaining(
          entry -> {
            if (entry.value.getSilence() != null) {
              all.add(entry.value.getSilence());
            }
          });
    }
    return all;
  }

  @Override
  public List<Silence> candidatesFor(Map<String, String> labels) {
    return index().candidatesFor(labels);
  }

  private SilenceIndex index() {
    if (index == null) {
      index = new SilenceIndex();
      all().forEach(index::add);
    }
    return index;
  }
}
