package dev.responder.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.projection.LogPosition;
import dev.responder.console.projection.ProjectedRecord;
import dev.responder.console.projection.RecordKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private static final String CHAIN = "INC-1|responder.incident-events.v1";

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");

  /** The projected incident event at {@code offset}, {@code offset} seconds after T0. */
  private static ProjectedRecord event(long offset, String content) {
    return new ProjectedRecord(
        new LogPosition("responder.incident-events.v1", 0, offset),
        RecordKind.INCIDENT_EVENT,
        "INC-1",
        Optional.of("INC-1"),
        T0.plusSeconds(offset),
        content);
  }

  /** A chain of {@code n} well-linked rows at offsets 0..n-1. */
  private static List<ChainRow> chain(int n) {
    List<ChainRow> rows = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 0; i < n; i++) {
      ChainRow row = ChainRow.append(i, previous, event(i, "{\"revision\":" + i + "}"));
      rows.add(row);
      previous = row.hash();
    }
    return rows;
  }

  /** {@code row} with one shown field changed, its hashes kept as a careless editor would. */
  private static ChainRow tampered(ChainRow row, String kind, Instant occurredAt, String key) {
    return new ChainRow(
        row.chain(),
        row.seq(),
        row.incidentId(),
        row.position(),
        kind,
        key,
        occurredAt,
        row.content(),
        row.previousHash(),
        row.hash());
  }

  private static Map<String, ChainHead> headOf(List<ChainRow> rows) {
    ChainRow last = rows.get(rows.size() - 1);
    return Map.of(CHAIN, new ChainHead(CHAIN, last.seq(), last.hash()));
  }

  @Test
  void shouldAcceptAnIntactChain() {
    List<ChainRow> rows = chain(4);

    assertThat(ChainVerifier.verify(rows, headOf(rows))).isEmpty();
  }

  @Test
  void shouldNameAModifiedRowWithTheHashItShouldHave() {
    List<ChainRow> rows = chain(4);
    Map<String, ChainHead> head = headOf(rows);
    ChainRow original = rows.get(1);
    rows.set(
        1,
        new ChainRow(
            CHAIN,
            2,
            "INC-1",
            original.position(),
            original.kind(),
            original.key(),
            original.occurredAt(),
            "{\"revision\":99}",
            original.previousHash(),
            original.hash()));

    List<BrokenLink> broken = ChainVerifier.verify(rows, head);

    assertThat(broken)
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.CONTENT_CHANGED);
              assertThat(link.seq()).isEqualTo(2);
              assertThat(link.found()).isEqualTo(original.hash());
              assertThat(link.toString())
                  .contains("incident INC-1", "row 2", "responder.incident-events.v1-0@1");
            });
  }

  @Test
  void shouldNameARowWhoseKindTimeOrKeyChangedThoughItsContentDidNot() {
    for (int field = 0; field < 3; field++) {
      List<ChainRow> rows = chain(4);
      Map<String, ChainHead> head = headOf(rows);
      ChainRow original = rows.get(2);
      rows.set(
          2,
          tampered(
              original,
              field == 0 ? "OUTCOME" : original.kind(),
              field == 1 ? original.occurredAt().minusSeconds(3600) : original.occurredAt(),
              field == 2 ? "INC-2" : original.key()));

      assertThat(ChainVerifier.verify(rows, head))
          .as("field %d", field)
          .singleElement()
          .satisfies(
              link -> {
                assertThat(link.problem()).isEqualTo(BrokenLink.Problem.CONTENT_CHANGED);
                assertThat(link.seq()).isEqualTo(3);
              });
    }
  }

  @Test
  void shouldNameAnIncidentRowWhoseColumnChangedAndATableMissingARow() {
    IncidentRow one =
        IncidentRow.of(new LogPosition("responder.incidents.v1", 0, 7), incident("INC-1", "P2"));
    IncidentRow two =
        IncidentRow.of(new LogPosition("responder.incidents.v1", 1, 3), incident("INC-2", "P3"));
    ChainHead head =
        new ChainHead(IncidentDigest.CHAIN, 2, IncidentDigest.of(List.of(one.hash(), two.hash())));
    IncidentRow downgraded =
        new IncidentRow(
            one.incidentId(),
            one.runbookId(),
            one.title(),
            "P4",
            one.status(),
            one.detectedAt(),
            one.responseDueAt(),
            one.acknowledgedAt(),
            one.acknowledgedBy(),
            one.resolvedAt(),
            one.commander(),
            one.escalationLevel(),
            one.revision(),
            one.updatedAt(),
            one.content(),
            one.source(),
            one.hash());

    List<BrokenLink> broken = ChainVerifier.verifyIncidents(List.of(downgraded), head);

    assertThat(broken)
        .extracting(BrokenLink::problem, BrokenLink::incidentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(BrokenLink.Problem.INCIDENT_CHANGED, "INC-1"),
            org.assertj.core.groups.Tuple.tuple(BrokenLink.Problem.HEAD_MISMATCH, ""));
  }

  @Test
  void shouldNameAChainRewrittenWithFreshHashesAgainstItsAnchor() {
    List<ChainRow> rows = chain(3);
    Anchor anchor = new Anchor(Anchor.Subject.CHAIN, CHAIN, 3, rows.get(2).hash());
    List<ChainRow> rewritten = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 0; i < 3; i++) {
      ChainRow row = ChainRow.append(i, previous, event(i, "{\"revision\":" + (i + 10) + "}"));
      rewritten.add(row);
      previous = row.hash();
    }

    assertThat(ChainVerifier.verify(rewritten, headOf(rewritten))).isEmpty();
    assertThat(AnchorVerifier.verify(rewritten, List.of(), List.of(anchor)))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.ANCHOR_MISMATCH);
              assertThat(link.seq()).isEqualTo(3);
              assertThat(link.expected()).contains(rows.get(2).hash());
            });
  }

  private static String incident(String id, String severity) {
    return "{\"incidentId\":\""
        + id
        + "\",\"runbookId\":\"api-unresponsive\",\"title\":\"t\","
        + "\"severity\":\""
        + severity
        + "\",\"status\":\"OPEN\","
        + "\"detectedAt\":\"2026-12-01T10:00:00Z\",\"responseDueAt\":\"2026-12-01T10:15:00Z\","
        + "\"acknowledgedAt\":null,\"acknowledgedBy\":null,\"resolvedAt\":null,\"commander\":null,"
        + "\"escalationLevel\":0,\"revision\":1,\"updatedAt\":\"2026-12-01T10:00:00Z\"}";
  }

  @Test
  void shouldNameTheRowAfterADeletedOne() {
    List<ChainRow> rows = chain(4);
    Map<String, ChainHead> head = headOf(rows);
    rows.remove(1);

    assertThat(ChainVerifier.verify(rows, head))
        .singleElement()
        .satisfies(
            link -> {
              assertThat(link.problem()).isEqualTo(BrokenLink.Problem.LINK_BROKEN);
              assertThat(link.seq()).isEqualTo(3);
            });
  }

  @Test
  void shouldNoticeAWellHashedRowAppendedBehindTheHeadsBack() {
    List<ChainRow> rows = chain(4);
    Map<String, ChainHead> head = headOf(rows);
    ChainRow last = rows.get(3);
    rows.add(ChainRow.append(last.seq(), last.hash(), event(100, "{}")));

    assertThat(ChainVerifier.verify(rows, head))
        .singleElement()
        .extracting(BrokenLink::problem)
        .isEqualTo(BrokenLink.Problem.HEAD_MISMATCH);
  }

  @Test
  void shouldNoticeTheLastRowDeleted() {
    List<ChainRow> rows = chain(4);
    Map<String, ChainHead> head = headOf(rows);
    rows.remove(3);

    assertThat(ChainVerifier.verify(rows, head))
        .singleElement()
        .extracting(BrokenLink::problem)
        .isEqualTo(BrokenLink.Problem.HEAD_MISMATCH);
  }
}
