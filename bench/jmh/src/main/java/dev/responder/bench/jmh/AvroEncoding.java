package dev.responder.bench.jmh;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.serde.ResponderSerdes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Responder's serde (Avro single-object encoding: header, schema fingerprint, body) against plain
 * Avro binary encoding of the same record with a reused encoder: what the serde adds to Avro.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AvroEncoding {

  private final Alert alert =
      SampleAlerts.alert("BenchJmh", "crm", "crm-bench", "instance-1", Instant.now());
  private final Serializer<Alert> serializer = ResponderSerdes.alert().serializer();
  private final SpecificDatumWriter<Alert> writer = new SpecificDatumWriter<>(Alert.class);
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
  private BinaryEncoder encoder;

  @Benchmark
  public byte[] encodeAlert() {
    return serializer.serialize("responder.alerts.v1", alert);
  }

  @Benchmark
  public byte[] encodeAlertBaseline() throws IOException {
    bytes.reset();
    encoder = EncoderFactory.get().binaryEncoder(bytes, encoder);
    writer.write(alert, encoder);
    encoder.flush();
    return bytes.toByteArray();
  }
}
