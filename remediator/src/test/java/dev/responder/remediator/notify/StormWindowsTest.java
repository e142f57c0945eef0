package dev.responder.remediator.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StormWindowsTest {

  private static final Instant OPENED = Instant.parse("2026-11-27T14:02:00Z");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  private static Window window(int folded, boolean digested) {
    return new Window(7, OPENED, OPENED.plus(MINUTE), folded, digested);
  }

  @Test
  void shouldSendTheFirstNotificationAtOnceAndOpenAWindow() {
    // given no window for this step, contact, runbook and scope

    // when
    WindowDecision decision = StormWindows.decide(Optional.empty(), MINUTE, OPENED);

    // then
    assertThat(decision).isEqualTo(new WindowDecision.SendAndOpen(OPENED, OPENED.plus(MINUTE)));
  }

  @Test
  void shouldFoldAFollowerWithinTheWindowAndNameIt() {
    // given a window opened a second ago, nothing folded yet
    Window open = window(0, false);

    // when
    WindowDecision decision = StormWindows.decide(Optional.of(open), MINUTE, OPENED.plusSeconds(1));

    // then
    assertThat(decision).isEqualTo(new WindowDecision.Fold(open, true));
  }

  @Test
  void shouldCountButNotNameFollowersOnceTheDigestNamesEnough() {
    // given a window that has folded as many as a digest names
    Window full = window(StormWindows.NAMED, false);

    // when
    WindowDecision decision =
        StormWindows.decide(Optional.of(full), MINUTE, OPENED.plusSeconds(30));

    // then
    assertThat(decision).isEqualTo(new WindowDecision.Fold(full, false));
  }

  @Test
  void shouldOpenANewWindowAtTheInstantTheLastOneEnds() {
    // given a window of a minute with followers
    Window ended = window(5, false);

    // when a notification comes exactly one minute after it opened
    WindowDecision decision = StormWindows.decide(Optional.of(ended), MINUTE, OPENED.plus(MINUTE));

    // then it is the first of a new window, not a follower of the old one
    assertThat(decision)
        .isEqualTo(
            new WindowDecision.SendAndOpen(OPENED.plus(MINUTE), OPENED.plus(MINUTE).plus(MINUTE)));
  }

  @Test
  void shouldNotFoldIntoAWindowWhoseDigestIsAlreadyClaimed() {
    // given a window whose digest was claimed (by another replica whose clock runs ahead)
    Window digested = window(3, true);

    // when
    WindowDecision decision =
        StormWindows.decide(Optional.of(digested), MINUTE, OPENED.plusSeconds(59));

    // then
    assertThat(decision).isInstanceOf(WindowDecision.SendAndOpen.class);
  }

  @Test
  void shouldSendEveryNotificationWhenTheWindowIsZero() {
    // given an open window, but the step turned aggregation off
    Window open = window(2, false);

    // when
    WindowDecision decision =
        StormWindows.decide(Optional.of(open), Duration.ZERO, OPENED.plusSeconds(1));

    // then
    assertThat(decision).isEqualTo(new WindowDecision.SendAlone());
  }

  @Test
  void shouldMakeTheDigestDueOnlyOnceTheWindowHasEnded() {
    // given a window with followers
    Window open = window(4, false);

    // when / then
    assertThat(StormWindows.digestDue(open, OPENED.plusSeconds(59))).isFalse();
    assertThat(StormWindows.digestDue(open, OPENED.plus(MINUTE))).isTrue();
  }

  @Test
  void shouldOweNoDigestForAWindowWithoutFollowers() {
    // given a single incident's window
    Window alone = window(0, false);

    // when / then
    assertThat(StormWindows.digestDue(alone, OPENED.plus(Duration.ofHours(1)))).isFalse();
  }

  @Test
  void shouldOweNoSecondDigest() {
    // given a window whose digest was claimed
    Window digested = window(4, true);

    // when / then
    assertThat(StormWindows.digestDue(digested, OPENED.plus(Duration.ofHours(1)))).isFalse();
  }
}
