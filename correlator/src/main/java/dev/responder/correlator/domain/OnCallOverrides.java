package dev.responder.correlator.domain;

import dev.responder.schemas.avro.OnCallOverride;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The on-call overrides people made ({@code ONCALL_OVERRIDE} commands): who is on call instead of
 * the rotation, for a level and a window. Few and short-lived, so reading them all is cheap.
 */
public interface OnCallOverrides {

  /** Keeps an override; the same id again replaces it. */
  void put(OnCallOverride override);

  /** Every override kept. */
  List<OnCallOverride> all();

  /** Forgets the overrides that ended at or before {@code now}. */
  void forgetEndedBy(Instant now);

  /**
   * Who the overrides put on call as incident commander (level 0) at {@code at}: the override
   * covering it that started last (a swap of a swap wins), or empty.
   */
  static Optional<String> commanderAt(List<OnCallOverride> overrides, Instant at) {
    return overrides.stream()
        .filter(o -> o.getLevel() == 0 && !at.isBefore(o.getFrom()) && at.isBefore(o.getUntil()))
        .max(Comparator.comparing(OnCallOverride::getFrom))
        .map(OnCallOverride::getUser);
  }

  /** No overrides: for callers that keep none. */
  OnCallOverrides NONE =
      new OnCallOverrides() {
        @Override
        public void put(OnCallOverride override) {}

        @Override
        public List<OnCallOverride> all() {
          return List.of();
        }

        @Override
        public void forgetEndedBy(Instant now) {}
      };
}
