package dev.responder.bench.jmh;

import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.correlator.domain.AlertClassifier;
import dev.responder.correlator.domain.AlertIdentity;
import dev.responder.schemas.avro.Alert;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Classifying one alert against runbooks/crm.yaml (every runbook's matchers, in order), for an
 * alert a runbook matches and one none matches (the whole catalog is tried), and the dedup key of
 * an alert, the first thing the correlator computes for each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Classification {

  @Param({"matched", "unmatched"})
  String alert;

  private AlertClassifier classifier;
  private Alert input;

  @Setup
  public void setUp() {
    classifier = CatalogPorts.load(SampleAlerts.catalog()).classifier();
    input =
        alert.equals("matched")
            ? SampleAlerts.alert("HighErrorRate", "crm", "crm-backend", "pod-1", Instant.now())
            : SampleAlerts.alert("BenchJmh", "crm", "crm-bench", "pod-1", Instant.now());
  }

  @Benchmark
  public Optional<dev.responder.correlator.domain.Classification> classify() {
    return classifier.classify(input);
  }

  @Benchmark
  public String dedupKey() {
    return AlertIdentity.of(input).asKey();
  }
}
