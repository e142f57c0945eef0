package dev.responder.operator.domain;

import dev.responder.schemas.avro.Command;

/** What the desk decided on a request: a command to write under a key, or a refusal. */
public sealed interface Decision {

  /** Write this command to {@code responder.commands.v1} under this key. */
  record Write(Command command, String key) implements Decision {}

  /** Write nothing; answer with this refusal. */
  record Refuse(Refusal refusal) implements Decision {}

  static Decision refuse(Refusal refusal) {
    return new Refuse(refusal);
  }
}
