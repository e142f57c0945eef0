package dev.responder.operator.domain;

import static dev.responder.operator.domain.Fixtures.DAVE;
import static dev.responder.operator.domain.Fixtures.NOW;
import static dev.responder.operator.domain.Fixtures.VIC;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.IncidentStatus;
import dev.responder.schemas.avro.MatchOperator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SilenceDeskTest {

  private final OperatorView view = Fixtures.view();
  private final SilenceDesk desk =
      new SilenceDesk(view, Fixtures.clockAt(NOW), Fixtures.ids(), Duration.ofDays(7));

  private static SilenceRequest request(String matchers, Integer minutes, String comment) {
    return new SilenceRequest(matchers, minutes, null, comment);
  }

  private static Refusal refusal(Decision decision) {
    assertThat(decision).isInstanceOf(Decision.Refuse.class);
    return ((Decision.Refuse) decision).refusal();
  }

  @Test
  void shouldTurnAnAlertmanagerSelectorIntoASilenceCommand() {
    Decision decision =
        desk.create(
            DAVE, request("{alertname=\"X\", namespace=~\"crm.*\"}", 90, "deploying crm-api"));

    Command command = ((Decision.Write) decision).command();
    assertThat(command.getSilence().getMatchers())
        .extracting(m -> m.getName() + m.getOperator() + m.getValue())
        .containsExactly("alertnameEQUALX", "namespaceREGEXcrm.*");
    assertThat(command.getSilence().getExpiresAt()).isEqualTo(NOW.plus(Duration.ofMinutes(90)));
    assertThat(command.getComment()).isEqualTo("deploying crm-api");
    assertThat(command.getAuthorRole()).isEqualTo("responder");
  }

  @Test
  void shouldRefuseAMalformedRegexNamingIt() {
    Refusal refusal = refusal(desk.create(DAVE, request("{service=~\"(a+\"}", 60, "why")));

    assertThat(refusal.status()).isEqualTo(400);
    assertThat(refusal.reason()).isEqualTo("invalid_matcher");
    assertThat(refusal.message()).contains("(a+");
  }

  @Test
  void shouldRefuseNestedRepetitionsThatWouldBuildAHugeProgram() {
    Refusal refusal =
        refusal(desk.create(DAVE, request("{service=~\"((a{100}){100}){100}\"}", 60, "why")));

    assertThat(refusal.reason()).isEqualTo("invalid_matcher");
    assertThat(refusal.message()).contains("more than 1000 copies");
  }

  @Test
  void shouldMatchARegexThatBacktracksElsewhereInLinearTime() {
    // (a+)+$ backtracks exponentially in java.util.regex; RE2 answers in one pass.
    Decision decision = desk.create(DAVE, request("{service=~\"(a+)+$\"}", 60, "why"));
    Command command = ((Decision.Write) decision).command();
    var compiled =
        dev.responder.schemas.command.CommandRules.compile(command.getSilence()).orElseThrow();

    boolean matched = compiled.get(0).matches(Map.of("service", "a".repeat(100_000) + "b"));

    assertThat(matched).isFalse();
  }

  @Test
  void shouldRequireAComment() {
    Refusal refusal = refusal(desk.create(DAVE, request("{alertname=\"X\"}", 60, " ")));

    assertThat(refusal.reason()).isEqualTo("comment_required");
  }

  @Test
  void shouldRefuseASilenceLongerThanTheMaximum() {
    Refusal refusal = refusal(desk.create(DAVE, request("{alertname=\"X\"}", 8 * 24 * 60, "long")));

    assertThat(refusal.reason()).isEqualTo("duration_too_long");
    assertThat(refusal.message()).contains("168 hours");
  }

  @Test
  void shouldRequireExactlyOneOfDurationAndEnd() {
    Refusal neither = refusal(desk.create(DAVE, request("{alertname=\"X\"}", null, "c")));
    Refusal both =
        refusal(
            desk.create(
                DAVE, new SilenceRequest("{alertname=\"X\"}", 5, NOW.plusSeconds(600), "c")));

    assertThat(neither.reason()).isEqualTo("duration_required");
    assertThat(both.reason()).isEqualTo("duration_required");
  }

  @Test
  void shouldRefuseASilenceThatWouldMuteEveryAlert() {
    Refusal refusal = refusal(desk.create(DAVE, request("{alertname=~\".*\"}", 60, "all")));

    assertThat(refusal.reason()).isEqualTo("invalid_command");
    assertThat(refusal.message()).contains("would mute every alert");
  }

  @Test
  void shouldRefuseAViewer() {
    assertThat(refusal(desk.create(VIC, request("{alertname=\"X\"}", 60, "c"))).status())
        .isEqualTo(403);
  }

  @Test
  void shouldExpireARunningSilenceAndRefuseAnUnknownOne() {
    Command created =
        ((Decision.Write) desk.create(DAVE, request("{alertname=\"X\"}", 60, "c"))).command();
    view.onCommand(created);
    String id = created.getSilence().getSilenceId();

    Command expired = ((Decision.Write) desk.expire(DAVE, id)).command();

    assertThat(expired.getSilenceId()).isEqualTo(id);
    assertThat(refusal(desk.expire(DAVE, "SIL-nope")).reason()).isEqualTo("unknown_silence");
  }

  @Test
  void shouldPreviewTheLiveIncidentsASilenceWouldMatch() {
    view.onIncident(Fixtures.incident(IncidentStatus.OPEN, "alice"));

    SilenceDesk.Preview matching = desk.preview(request("{namespace=\"crm\"}", 60, null));
    SilenceDesk.Preview other = desk.preview(request("{namespace=\"billing\"}", 60, null));

    assertThat(matching.incidents()).hasSize(1);
    assertThat(other.incidents()).isEmpty();
    assertThat(MatchOperator.REGEX.name()).isEqualTo("REGEX");
  }
}
