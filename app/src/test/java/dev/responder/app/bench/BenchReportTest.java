package dev.responder.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class BenchReportTest {

  @Test
  void shouldSetEachFigureBesideItsBaselineWithTheRatio() {
    // given
    BenchReport report = new BenchReport("./responder bench ingest", "test machine", "now");

    // when
    report.add(
        new Figure(
            "ingest",
            "ingest batch 64",
            40_000,
            "alerts/s",
            "Alertmanager batch 64",
            20_000,
            "16 connections"));

    // then
    assertThat(report.markdown())
        .contains(
            "| ingest | ingest batch 64 | 40,000 | alerts/s | Alertmanager batch 64 | 20,000 | 2.00x | 16 connections |");
  }

  @Test
  void shouldWriteAFigureWithoutBaselineWithNullsInJson() throws Exception {
    // given
    BenchReport report = new BenchReport("./responder bench e2e", "test machine", "now");
    report.add(Figure.alone("e2e", "p99", Double.NaN, "ms", "2 alerts without an event"));
    report.note("remediator not started");

    // when
    JsonNode json = new ObjectMapper().readTree(report.json());

    // then
    JsonNode figure = json.get("figures").get(0);
    assertThat(figure.get("value").isNull()).isTrue();
    assertThat(figure.get("ratio").isNull()).isTrue();
    assertThat(json.get("notes").get(0).asText()).isEqualTo("remediator not started");
  }

  @Test
  void shouldFindAnEarlierFigureOfTheRunByName() {
    // given
    BenchReport report = new BenchReport("cmd", "machine", "now");
    report.add(Figure.alone("cost", IngestBench.ALERTMANAGER_BYTES_PER_ALERT, 1_500, "bytes", ""));

    // then
    assertThat(report.alertmanagerBytesPerAlert()).isEqualTo(1_500);
    assertThat(report.valueOf("no such figure")).isNaN();
  }
}
