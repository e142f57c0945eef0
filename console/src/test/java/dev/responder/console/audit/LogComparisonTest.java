package dev.responder.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.ProjectedRecord;
import dev.responder.console.projection.RecordKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogComparisonTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  private static ChainRow row(long offset, String content) {
    return ChainRow.append(
        offset,
        HashChain.GENESIS,
        new ProjectedRecord(
            new LogPosition("responder.outcomes.v1", 2, offset),
            RecordKind.OUTCOME,
            "INC-1",
            Optional.of("INC-1"),
            T0.plusSeconds(offset),
            content));
  }

  private static LogComparison.Projected projected(List<ChainRow> rows) {
    return new LogComparison.Projected(rows, List.of(), Map.of());
  }

  @Test
  void shouldFindNothingWhenTheDatabaseEqualsTheLog() {
    List<ChainRow> rows = List.of(row(0, "{}"), row(1, "{}"));

    assertThat(LogComparison.compare(projected(rows), projected(rows))).isEmpty();
  }

  @Test
  void shouldNameTheMissingTheExtraAndEachChangedFieldByPosition() {
    List<ChainRow> log = List.of(row(0, "{}"), row(1, "{}"));
    ChainRow moved = log.get(0);
    List<ChainRow> database = new ArrayList<>();
    database.add(
        new ChainRow(
            moved.chain(),
            moved.seq(),
            moved.incidentId(),
            moved.position(),
            "COMMAND",
            moved.key(),
            T0.minusSeconds(60),
            moved.content(),
            moved.previousHash(),
            moved.hash()));
    database.add(row(7, "{}"));

    assertThat(LogComparison.compare(projected(log), projected(database)))
        .extracting(Difference::where, Difference::kind, Difference::detail)
        .containsExactly(
            tuple(
                "responder.outcomes.v1-2@0 (incident INC-1)",
                Difference.Kind.CHANGED,
                "kind: log has 'OUTCOME', database has 'COMMAND'; occurredAt: log has"
                    + " '2026-12-01T10:00:00Z', database has '2026-12-01T09:59:00Z'"),
            tuple("responder.outcomes.v1-2@1 (incident INC-1)", Difference.Kind.MISSING, "OUTCOME"),
            tuple("responder.outcomes.v1-2@7 (incident INC-1)", Difference.Kind.EXTRA, "OUTCOME"));
  }

  @Test
  void shouldShowWhereALongContentStartsToDiffer() {
    String padding = "x".repeat(500);
    List<ChainRow> log = List.of(row(0, "{\"a\":\"" + padding + "\",\"status\":\"FAILED\"}"));
    ChainRow original = log.get(0);
    ChainRow edited =
        new ChainRow(
            original.chain(),
            original.seq(),
            original.incidentId(),
            original.position(),
            original.kind(),
            original.key(),
            original.occurredAt(),
            original.content().replace("FAILED", "SUCCEEDED"),
            original.previousHash(),
            original.hash());

    assertThat(LogComparison.compare(projected(log), projected(List.of(edited))))
        .singleElement()
        .extracting(Difference::detail)
        .asString()
        .contains("\"status\":\"FAILED\"", "\"status\":\"SUCCEEDED\"");
  }
}
