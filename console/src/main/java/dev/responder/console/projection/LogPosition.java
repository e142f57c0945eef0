package dev.responder.console.projection;

/** Where a record was read: topic, partition and offset, its identity in the projection. */
public record LogPosition(String topic, int partition, long offset) {

  @Override
  public String toString() {
    return topic + "-" + partition + "@" + offset;
  }
}
