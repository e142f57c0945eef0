package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Silence;
import java.util.List;
import java.util.Map;

/** The silences in force, as the commands topic created and removed them. */
public interface SilenceRepository {

  void put(Silence silence);

  void remove(String silenceId);

  /** Every silence, for housekeeping; never per alert. */
  List<Silence> all();

  /**
   * The silences that could mute an alert with these labels. A repository that keeps thousands
   * answers from an index ({@link SilenceIndex}); the default, for small fakes, is all of them.
   */
  default List<Silence> candidatesFor(Map<String, String> labels) {
    return all();
  }
}
