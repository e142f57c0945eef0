package dev.responder.correlator.topology;

import dev.responder.correlator.domain.IncidentIdSource;
import dev.responder.correlator.domain.IncidentIds;
import dev.responder.schemas.avro.Alert;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Optional;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Incident ids from where the opening alert was read: the alerts topic's partition and offset,
 * which Kafka never gives twice for the life of the topic, so an id is never reused, even after its
 * incident is forgotten, and a replay of the same log names incidents as the first run did. The
 * classify step stamps the origin in a header before the repartition; a record without it (in
 * flight from an older version) falls back to its repartition-topic origin, in a separate half of
 * the serial space. Serial: 1 flag bit, 7 bits of partition, 32 bits of offset; unique while
 * partitions stay below 128 and, within one detection day, offsets do not wrap 2^32.
 */
final class OriginIds implements IncidentIdSource {

  static final String ORIGIN_HEADER = "responder.origin";

  private static final long FROM_REPARTITION = 1L << 39;

  private final ProcessingContext context;
  private long serial;

  OriginIds(ProcessingContext context) {
    this.context = context;
  }

  /** Headers carrying this alert record's origin (any origin a producer wrote is replaced). */
  static Headers stamped(Headers headers, RecordMetadata source) {
    RecordHeaders stamped = new RecordHeaders(headers.toArray());
    stamped.remove(ORIGIN_HEADER);
    stamped.add(
        ORIGIN_HEADER,
        ByteBuffer.allocate(12).putInt(source.partition()).putLong(source.offset()).array());
    return stamped;
  }

  /** Takes the origin of the record about to be handled. */
  void readFrom(Record<?, ?> record) {
    Header origin = record.headers().lastHeader(ORIGIN_HEADER);
    if (origin != null && origin.value() != null && origin.value().length == 12) {
      ByteBuffer bytes = ByteBuffer.wrap(origin.value());
      serial = serial(bytes.getInt(), bytes.getLong(), 0);
      return;
    }
    Optional<RecordMetadata> here = context.recordMetadata();
    serial = here.map(m -> serial(m.partition(), m.offset(), FROM_REPARTITION)).orElse(0L);
  }

  /** The serial of the record handled last: a heartbeat keeps its last beat's, to name by. */
  long current() {
    return serial;
  }

  /** Names what comes next by a serial kept earlier (a lost heartbeat, at punctuation). */
  void use(long kept) {
    serial = kept;
  }

  private static long serial(int partition, long offset, long half) {
    return half | ((long) (partition & 0x7F) << 32) | (offset & 0xFFFF_FFFFL);
  }

  @Override
  public String idFor(Alert opening, Instant detectedAt) {
    return IncidentIds.of(detectedAt, serial);
  }
}
