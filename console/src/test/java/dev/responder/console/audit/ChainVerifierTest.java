package dev.responder.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.projection.LogPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {

  private static final String CHAIN = "INC-1|responder.incident-events.v1";

  /** A chain of {@code n} well-linked rows at offsets 0..n-1. */
  private static List<ChainRow> chain(int n) {
    List<ChainRow> rows = new ArrayList<>();
    String previous = HashChain.GENESIS;
    for (int i = 0; i < n; i++) {
      LogPosition position = new LogPosition("responder.incident-events.v1", 0, i);
      String content = "{\"revision\":" + i + "}";
      String hash = HashChain.link(previous, position, content);
      rows.add(new ChainRow(CHAIN, i + 1, "INC-1", position, content, previous, hash));
      previous = hash;
    }
    return rows;
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
    LogPosition forged = new LogPosition(last.position().topic(), 0, 100);
    rows.add(
        new ChainRow(
            CHAIN,
            5,
            "INC-1",
            forged,
            "{}",
            last.hash(),
            HashChain.link(last.hash(), forged, "{}")));

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
