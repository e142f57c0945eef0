package dev.responder.correlator.domain;

import dev.responder.schemas.avro.Silence;
import java.util.List;

/** The silences in force, as the commands topic created and removed them. */
public interface SilenceRepository {

  void put(Silence silence);

  void remove(String silenceId);

  List<Silence> all();
}
