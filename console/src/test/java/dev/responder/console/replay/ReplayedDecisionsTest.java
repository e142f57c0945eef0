package dev.responder.console.replay;

import static dev.responder.console.replay.SocialHistory.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.IncidentEvent;
import dev.responder.schemas.avro.IncidentEventType;
import dev.responder.schemas.avro.OutcomeKind;
import dev.responder.schemas.avro.OutcomeReason;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.serde.ContractClassTrust;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Replay of the unchanged catalog decides what the live remediator decided: the same side effects,
 * notify actions included, planned on the figures the live run decided on, for an incident whose
 * replayed ids differ from the recorded ones (they come from log positions).
 */
class ReplayedDecisionsTest {

  private static final Catalog SHIPPED = CatalogLoader.require(Path.of("../runbooks/crm.yaml"));
  private static final String LIVE = "INC-20261203-79QF6WQY";
  private static final String REPLAYED = "INC-20261203-ZG000000";
  private static final String OPENED_BY = SocialHistory.FINGERPRINT + "@" + T0;

  @BeforeAll
  static void trustContractClasses() {
    ContractClassTrust.install();
  }

  /** The demo's social incident: every cause found, retried and handed over; then verified. */
  private static SocialHistory demoRun() {
    String opened = LIVE + "#1";
    return new SocialHistory()
        .check(
            opened,
            "failed_posts",
            Map.of("failed", "3", "tokenExpired", "1", "rateLimited", "1", "contentRejected", "1"),
            T0.plusMillis(100))
        .check(opened, "expired_tokens", Map.of("expired", "1"), T0.plusMillis(200))
        .sideEffect(
            opened,
            "status_page",
            OutcomeKind.NOTIFICATION,
            "channel/status-page",
            OutcomeReason.COMPLETED)
        .sideEffect(
            opened,
            "stakeholders",
            OutcomeKind.NOTIFICATION,
            "channel/slack:#crm-incidents",
            OutcomeReason.COMPLETED)
        .sideEffect(
            opened,
            "ask_owner_to_reauthenticate",
            OutcomeKind.NOTIFICATION,
            "channel/account-owners",
            OutcomeReason.COMPLETED)
        .sideEffect(
            opened,
            "retry_rate_limited",
            OutcomeKind.ACTION,
            "postgres/crm",
            OutcomeReason.COMPLETED)
        .sideEffect(
            opened,
            "hand_rejected_content_to_a_person",
            OutcomeKind.NOTIFICATION,
            "channel/slack:#crm-content-review",
            OutcomeReason.COMPLETED)
        // the verification re-runs the check under the same event: nothing rate limited any more
        .check(
            opened,
            "failed_posts",
            Map.of("failed", "2", "tokenExpired", "1", "rateLimited", "0", "contentRejected", "1"),
            T0.plusSeconds(6));
  }

  private static List<IncidentEvent> history(String incidentId) {
    return List.of(
        SocialHistory.event(incidentId, 1, IncidentEventType.OPENED, T0),
        SocialHistory.event(incidentId, 2, IncidentEventType.RESOLVED, T0.plusSeconds(7)));
  }

  @Test
  void shouldDecideWhatTheLiveRemediatorDecidedWhenTheCatalogIsUnchanged() {
    // given the recorded run, and its replay under other incident and event ids
    SocialHistory recorded = demoRun();
    RecordedFacts facts = new RecordedFacts(history(LIVE), recorded.outcomes);

    // when
    Optional<SortedSet<String>> replayed =
        new PlannedActions(SHIPPED, facts).actions(REPLAYED, OPENED_BY, history(REPLAYED));

    // then
    Optional<SortedSet<String>> live =
        new RecordedActions(recorded.outcomes).actions(LIVE, OPENED_BY, history(LIVE));
    assertThat(replayed).isEqualTo(live);
    assertThat(replayed.orElseThrow())
        .contains(
            "retry_rate_limited on postgres/crm",
            "ask_owner_to_reauthenticate on channel/account-owners",
            "hand_rejected_content_to_a_person on channel/slack:#crm-content-review");
  }

  @Test
  void shouldNotCountAnActionWhoseConditionsDidNotHold() {
    // given a run in which nothing was rate limited
    String opened = LIVE + "#1";
    SocialHistory recorded =
        new SocialHistory()
            .check(
                opened,
                "failed_posts",
                Map.of(
                    "failed", "1", "tokenExpired", "1", "rateLimited", "0", "contentRejected", "0"),
                T0.plusMillis(100))
            .check(opened, "expired_tokens", Map.of("expired", "1"), T0.plusMillis(200))
            .sideEffect(
                opened,
                "retry_rate_limited",
                OutcomeKind.ACTION,
                "postgres/crm",
                OutcomeReason.CONDITION_NOT_MET);

    // when
    Optional<SortedSet<String>> live =
        new RecordedActions(recorded.outcomes).actions(LIVE, OPENED_BY, history(LIVE));
    Optional<SortedSet<String>> replayed =
        new PlannedActions(SHIPPED, new RecordedFacts(history(LIVE), recorded.outcomes))
            .actions(REPLAYED, OPENED_BY, history(REPLAYED));

    // then
    assertThat(live.orElseThrow()).doesNotContain("retry_rate_limited on postgres/crm");
    assertThat(replayed.orElseThrow())
        .doesNotContain("retry_rate_limited on postgres/crm")
        .contains("ask_owner_to_reauthenticate on channel/account-owners");
  }
}
