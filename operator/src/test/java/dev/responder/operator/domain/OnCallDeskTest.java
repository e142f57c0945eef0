package dev.responder.operator.domain;

import static dev.responder.operator.domain.Fixtures.CAROL;
import static dev.responder.operator.domain.Fixtures.CATALOG;
import static dev.responder.operator.domain.Fixtures.DAVE;
import static dev.responder.operator.domain.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.catalog.OnCallSource;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OnCallDeskTest {

  private final OperatorView view = Fixtures.view();
  private final OnCallDesk desk =
      new OnCallDesk(view, CATALOG, Fixtures.clockAt(NOW), Fixtures.ids());

  @Test
  void shouldShowTheRotationsCommanderWithoutOverrides() {
    OnCallDesk.OnCall commander = desk.board().get(0);

    assertThat(commander.source()).isEqualTo("rotation");
    assertThat(commander.user()).isEqualTo(CATALOG.onCall().commanderAt(NOW));
    assertThat(desk.board()).hasSize(1 + CATALOG.escalation().size());
  }

  @Test
  void shouldShowTheCalendarsPersonBeforeTheRotationAndAnOverrideBeforeBoth() {
    OnCallSource calendar =
        (level, at) -> Optional.ofNullable(level == 0 ? "erin" : level == 1 ? "frank" : null);
    OnCallDesk withCalendar =
        new OnCallDesk(view, CATALOG, calendar, Fixtures.clockAt(NOW), Fixtures.ids());

    assertThat(withCalendar.board().get(0).user()).isEqualTo("erin");
    assertThat(withCalendar.board().get(0).source()).isEqualTo("calendar");
    assertThat(withCalendar.board().get(1).user()).isEqualTo("frank");
    assertThat(withCalendar.board().get(1).source()).isEqualTo("calendar");
    assertThat(withCalendar.board().get(2).source()).isEqualTo("catalog");

    Decision decision =
        withCalendar.override(
            DAVE, new OverrideRequest(0, "dave", null, NOW.plus(Duration.ofHours(8))));
    view.onCommand(((Decision.Write) decision).command());

    assertThat(withCalendar.board().get(0).user()).isEqualTo("dave");
    assertThat(withCalendar.board().get(0).source()).isEqualTo("override");
  }

  @Test
  void shouldPutAResponderOnCallWhoTakesTheShiftThemselves() {
    Decision decision =
        desk.override(DAVE, new OverrideRequest(0, "dave", null, NOW.plus(Duration.ofHours(8))));
    view.onCommand(((Decision.Write) decision).command());

    OnCallDesk.OnCall commander = desk.board().get(0);

    assertThat(commander.user()).isEqualTo("dave");
    assertThat(commander.source()).isEqualTo("override");
  }

  @Test
  void shouldRefuseAResponderPuttingSomeoneElseOnCall() {
    Decision decision =
        desk.override(DAVE, new OverrideRequest(0, "bob", null, NOW.plus(Duration.ofHours(8))));

    assertThat(((Decision.Refuse) decision).refusal().reason()).isEqualTo("role_too_low");
  }

  @Test
  void shouldLetAnApproverOverrideAnEscalationLevel() {
    Decision decision =
        desk.override(CAROL, new OverrideRequest(1, "bob", NOW, NOW.plus(Duration.ofHours(2))));

    Command command = ((Decision.Write) decision).command();
    assertThat(command.getOnCallOverride().getLevel()).isEqualTo(1);
    assertThat(command.getAuthorRole()).isEqualTo("approver");
  }

  @Test
  void shouldRefuseAWindowThatEndsBeforeItStarts() {
    Decision decision =
        desk.override(CAROL, new OverrideRequest(0, "bob", NOW, NOW.minusSeconds(1)));

    assertThat(((Decision.Refuse) decision).refusal().reason()).isEqualTo("invalid_window");
  }
}
