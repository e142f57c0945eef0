package dev.responder.correlator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Command;
import dev.responder.schemas.avro.CommandType;
import dev.responder.schemas.avro.LabelMatcher;
import dev.responder.schemas.avro.MatchOperator;
import dev.responder.schemas.avro.Silence;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandValidatorTest {

  private static final Instant NOW = Instant.parse("2026-11-27T14:00:00Z");

  private static Command.Builder command(CommandType type) {
    return Command.newBuilder().setCommandId("c1").setType(type).setIssuedAt(NOW).setAuthor("a");
  }

  private static Command silence(Instant until, LabelMatcher... matchers) {
    return command(CommandType.SILENCE)
        .setSilence(new Silence("s1", List.of(matchers), until))
        .build();
  }

  private static LabelMatcher matcher(String name, MatchOperator op, String value) {
    return new LabelMatcher(name, op, value);
  }

  @Test
  void shouldAcceptASilenceAlertmanagerWouldAccept() {
    Command command =
        silence(
            NOW.plus(Duration.ofHours(2)),
            matcher("alertname", MatchOperator.EQUAL, "WorkerQueueStuck"),
            matcher("service", MatchOperator.REGEX, "crm-(backend|api)"));

    assertThat(CommandValidator.problemWith(command)).isEmpty();
  }

  @Test
  void shouldNameTheMatcherWhoseRegexIsNotRe2() {
    Command command =
        silence(NOW.plusSeconds(60), matcher("alertname", MatchOperator.REGEX, "(?=lookahead)"));

    assertThat(CommandValidator.problemWith(command))
        .hasValueSatisfying(p -> assertThat(p).contains("alertname").contains("not a valid RE2"));
  }

  @Test
  void shouldRefuseASilenceThatWouldMuteEveryAlert() {
    Command command = silence(NOW.plusSeconds(60), matcher("alertname", MatchOperator.REGEX, ".*"));

    assertThat(CommandValidator.problemWith(command))
        .hasValueSatisfying(p -> assertThat(p).contains("would mute every alert"));
  }

  @Test
  void shouldRefuseInvalidLabelNamesTooManyMatchersAndSilencesOverNinetyDays() {
    LabelMatcher ok = matcher("alertname", MatchOperator.EQUAL, "X");

    assertThat(
            CommandValidator.problemWith(
                silence(NOW.plusSeconds(60), matcher("bad-name", MatchOperator.EQUAL, "x"))))
        .isPresent();
    assertThat(
            CommandValidator.problemWith(
                silence(
                    NOW.plusSeconds(60), Collections.nCopies(33, ok).toArray(LabelMatcher[]::new))))
        .isPresent();
    assertThat(CommandValidator.problemWith(silence(NOW.plus(Duration.ofDays(91)), ok)))
        .hasValueSatisfying(p -> assertThat(p).contains("90 days"));
  }

  @Test
  void shouldRequireTheFieldsEachIncidentCommandNeeds() {
    assertThat(CommandValidator.problemWith(command(CommandType.ACKNOWLEDGE).build())).isPresent();
    assertThat(CommandValidator.problemWith(command(CommandType.UNSILENCE).build())).isPresent();
    assertThat(
            CommandValidator.problemWith(
                command(CommandType.ASSIGN).setIncidentId("INC-20261127-00000000").build()))
        .hasValueSatisfying(p -> assertThat(p).contains("assignee"));
    assertThat(
            CommandValidator.problemWith(
                command(CommandType.RESOLVE).setIncidentId("INC-20261127-00000000").build()))
        .isEmpty();
  }

  @Test
  void shouldLeaveCommandsForOtherServicesAndNewerTypesAlone() {
    assertThat(CommandValidator.problemWith(command(CommandType.APPROVE).build())).isEmpty();
    assertThat(CommandValidator.problemWith(command(CommandType.UNKNOWN).build())).isEmpty();
  }
}
