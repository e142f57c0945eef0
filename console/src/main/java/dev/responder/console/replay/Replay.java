package dev.responder.console.replay;

import dev.responder.console.projection.AuditTopics;
import dev.responder.console.projection.ProgressListener;
import dev.responder.correlator.catalog.CatalogPorts;
import dev.responder.runtime.kafka.KafkaClientSecurity;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Replays recorded history under a candidate catalog and compares the result with what really
 * happened, or with the same history replayed under a baseline catalog. Reads the log; writes
 * nothing anywhere.
 */
public final class Replay {

  /** Told which phase runs ("reading the log", "replaying candidate.yaml") and how far it is. */
  public interface Progress {
    ProgressListener phase(String name);
  }

  private final LogReader reader;

  public Replay(AuditTopics topics, String bootstrapServers) {
    this(topics, bootstrapServers, KafkaClientSecurity.PLAINTEXT);
  }

  public Replay(AuditTopics topics, String bootstrapServers, KafkaClientSecurity security) {
    this.reader = new LogReader(topics, bootstrapServers, security);
  }

  /**
   * Replayed incidents under the ids the live run gave them, found by their opening alert: the
   * correlator names an incident by where that alert was read (partition and offset), which a
   * replay cannot reproduce, so a replay's own id could even be a different live incident's. An
   * incident only the replay opened keeps its replay id, marked so it cannot pair with a live one.
   */
  private static List<IncidentFate> namedAsRecorded(
      List<IncidentFate> fates, Map<String, String> recordedByOpening) {
    return fates.stream()
        .map(
            f ->
                new IncidentFate(
                    recordedByOpening.getOrDefault(f.openedBy(), f.incidentId() + " (replay)"),
                    f.runbookId(),
                    f.severity(),
                    f.openedBy(),
                    f.actions(),
                    f.escalations()))
        .toList();
  }

  public ReplayResult run(ReplayRequest request, Progress progress) {
    Catalog candidate = CatalogLoader.require(request.candidate());
    RecordedLog log = reader.read(progress.phase("reading the log"));
    Instant end = request.to().or(log::lastRecordedAt).orElse(Instant.now());
    Window window = new Window(request.from().orElse(Instant.EPOCH), end);
    List<IncidentEvent> recordedEvents =
        log.incidentEvents().stream().map(Recorded::value).toList();
    Map<String, String> byOpening = Fates.byOpening(recordedEvents);
    Map<String, String> openingByLiveId = new HashMap<>();
    byOpening.forEach((opening, liveId) -> openingByLiveId.putIfAbsent(liveId, opening));
    RecordedFacts findings = new RecordedFacts(recordedEvents, log.outcomes());

    List<IncidentFate> before;
    String comparedWith;
    if (request.baseline().isPresent()) {
      Path baselineFile = request.baseline().get();
      Catalog baseline = CatalogLoader.require(baselineFile);
      List<IncidentEvent> replayed = correlate(baselineFile, log, openingByLiveId, end, progress);
      before =
          namedAsRecorded(
              Fates.of(replayed, window, new PlannedActions(baseline, findings)), byOpening);
      comparedWith = "baseline " + baselineFile;
    } else {
      before = Fates.of(recordedEvents, window, new RecordedActions(log.outcomes()));
      comparedWith = "recorded history";
    }
    List<IncidentEvent> replayed =
        correlate(request.candidate(), log, openingByLiveId, end, progress);
    List<IncidentFate> after =
        namedAsRecorded(
            Fates.of(replayed, window, new PlannedActions(candidate, findings)), byOpening);
    return new ReplayResult(
        FateDiff.between(before, after),
        window,
        comparedWith,
        log.alerts().size(),
        log.commands().size(),
        before.size(),
        after.size(),
        log.undecodable());
  }

  private static List<IncidentEvent> correlate(
      Path file,
      RecordedLog log,
      Map<String, String> openingByLiveId,
      Instant end,
      Progress progress) {
    return new OfflineCorrelator(CatalogPorts.load(file), openingByLiveId)
        .replay(
            log.alerts(),
            log.commands(),
            log.outcomes(),
            end,
            progress.phase("replaying " + file.getFileName()));
  }
}
