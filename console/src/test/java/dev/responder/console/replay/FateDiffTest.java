package dev.responder.console.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class FateDiffTest {

  private static IncidentFate fate(String id, String runbook, String severity, String openedBy) {
    return new IncidentFate(
        id,
        runbook,
        severity,
        openedBy,
        Optional.of(new TreeSet<>(List.of("restart_workers on crm/deployment/crm-worker"))),
        List.of("level 1 at 2026-11-27T11:00:00Z"));
  }

  @Test
  void shouldFindNoDifferenceBetweenEqualFates() {
    List<IncidentFate> fates = List.of(fate("INC-1", "worker-queue-stuck", "P2", "fp-1@t"));

    assertThat(FateDiff.between(fates, fates)).isEmpty();
  }

  @Test
  void shouldReportASeverityChangeOfTheSameIncident() {
    assertThat(
            FateDiff.between(
                List.of(fate("INC-1", "worker-queue-stuck", "P2", "fp-1@t")),
                List.of(fate("INC-1", "worker-queue-stuck", "P1", "fp-1@t"))))
        .containsExactly(new Difference(Difference.Kind.SEVERITY, "INC-1", "P2", "P1"));
  }

  @Test
  void shouldPairARenamedIncidentByTheAlertThatOpenedIt() {
    List<Difference> differences =
        FateDiff.between(
            List.of(fate("INC-1", "worker-queue-stuck", "P2", "fp-1@t")),
            List.of(fate("INC-9", "unclassified", "P2", "fp-1@t")));

    assertThat(differences).extracting(Difference::kind).containsExactly(Difference.Kind.RUNBOOK);
    assertThat(differences.get(0).incidentId()).isEqualTo("INC-1");
    assertThat(differences.get(0).after()).contains("INC-9");
  }

  @Test
  void shouldReportIncidentsThatAppearOrVanish() {
    List<Difference> differences =
        FateDiff.between(
            List.of(fate("INC-1", "worker-queue-stuck", "P2", "fp-1@t")),
            List.of(fate("INC-2", "api-unresponsive", "P1", "fp-2@t")));

    assertThat(differences)
        .extracting(Difference::kind, Difference::incidentId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Difference.Kind.VANISHES, "INC-1"),
            org.assertj.core.groups.Tuple.tuple(Difference.Kind.APPEARS, "INC-2"));
  }

  @Test
  void shouldNotCompareActionsNobodyRecorded() {
    IncidentFate unknown =
        new IncidentFate(
            "INC-1",
            "worker-queue-stuck",
            "P2",
            "fp-1@t",
            Optional.empty(),
            List.of("level 1 at 2026-11-27T11:00:00Z"));

    assertThat(
            FateDiff.between(
                List.of(unknown), List.of(fate("INC-1", "worker-queue-stuck", "P2", "fp-1@t"))))
        .isEmpty();
  }
}
