package dev.responder.console.replay;

import static dev.responder.console.replay.SocialHistory.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.planning.Findings;
import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.serde.ContractClassTrust;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RecordedFactsTest {

  private static final String OPENED_BY = SocialHistory.FINGERPRINT + "@" + T0;

  @BeforeAll
  static void trustContractClasses() {
    ContractClassTrust.install();
  }

  private static List<IncidentEvent> recordedHistory() {
    return List.of(SocialHistory.event("INC-1", 1, IncidentEventType.OPENED, T0));
  }

  private static String occasionOf(String incidentId) {
    IncidentEvent replayed = SocialHistory.event(incidentId, 1, IncidentEventType.OPENED, T0);
    return Occasions.of(OPENED_BY, List.of(replayed)).keySet().iterator().next();
  }

  @Test
  void shouldPlanOnTheFiguresTheActionsWereDecidedOnNotOnTheVerificationsReRun() {
    // given the plan's check, then the verification re-running the same check under the same event
    SocialHistory recorded =
        new SocialHistory()
            .check("INC-1#1", "failed_posts", Map.of("rateLimited", "2"), T0)
            .check("INC-1#1", "failed_posts", Map.of("rateLimited", "0"), T0.plusSeconds(5));
    RecordedFacts facts = new RecordedFacts(recordedHistory(), recorded.outcomes);

    // when
    Optional<Findings> planned = facts.forOccasion(occasionOf("INC-9"), OPENED_BY, T0);

    // then
    assertThat(planned.orElseThrow().figure("failed_posts", "rateLimited")).hasValue(2.0);
  }

  @Test
  void shouldPairAReplayedEventByWhatHappenedNotByItsIds() {
    // given the live event INC-1#1 and another live incident's event that the replay's ids name
    SocialHistory recorded =
        new SocialHistory()
            .check("INC-1#1", "failed_posts", Map.of("rateLimited", "2"), T0)
            .check("INC-9#1", "failed_posts", Map.of("rateLimited", "7"), T0);
    RecordedFacts facts = new RecordedFacts(recordedHistory(), recorded.outcomes);

    // when the replay opened the same incident as INC-9
    Optional<Findings> planned = facts.forOccasion(occasionOf("INC-9"), OPENED_BY, T0);

    // then
    assertThat(planned.orElseThrow().figure("failed_posts", "rateLimited")).hasValue(2.0);
  }

  @Test
  void shouldPlanNothingForAnEventTheRemediatorDidNotActOn() {
    SocialHistory recorded =
        new SocialHistory()
            .sideEffect(
                "INC-1#1",
                "status_page",
                OutcomeKind.NOTIFICATION,
                "channel/status-page",
                OutcomeReason.NOT_ACTIONABLE);

    Optional<Findings> planned =
        new RecordedFacts(recordedHistory(), recorded.outcomes)
            .forOccasion(occasionOf("INC-9"), OPENED_BY, T0);

    assertThat(planned).isEmpty();
  }

  @Test
  void shouldUseTheLatestEarlierFiguresForAnOccasionOnlyTheCandidateHas() {
    SocialHistory recorded =
        new SocialHistory().check("INC-1#1", "failed_posts", Map.of("rateLimited", "2"), T0);

    Optional<Findings> planned =
        new RecordedFacts(recordedHistory(), recorded.outcomes)
            .forOccasion(OPENED_BY + "|SEVERITY_CHANGED|new#1", OPENED_BY, T0.plusSeconds(60));

    assertThat(planned.orElseThrow().figure("failed_posts", "rateLimited")).hasValue(2.0);
  }
}
