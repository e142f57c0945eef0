package dev.responder.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import dev.responder.schemas.evolution.CompatibilityCheck.Direction;
import dev.responder.schemas.evolution.CompatibilityCheck.Problem;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility.SchemaIncompatibilityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Proves the gate closes: deliberately broken schemas from test resources are reported. */
class CompatibilityCheckTest {

  private static final Schema RELEASED_V1 =
      ReleasedSchemas.of(Alert.getClassSchema()).get(0).schema();

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "broken/Alert-v2-required-field-without-default.avsc, BACKWARD, READER_FIELD_MISSING_DEFAULT_VALUE",
    "broken/Alert-v2-status-symbol-removed.avsc, BACKWARD, MISSING_ENUM_SYMBOLS",
    "broken/Alert-v2-required-field-removed.avsc, FORWARD, READER_FIELD_MISSING_DEFAULT_VALUE",
    "broken/Alert-v2-status-symbol-added.avsc, FORWARD, MISSING_ENUM_SYMBOLS"
  })
  void shouldReportAnIncompatibleChange(
      String brokenSchema, Direction direction, SchemaIncompatibilityType type) {
    // given
    Schema candidate = TestSchemas.load(brokenSchema);

    // when
    List<Problem> problems = CompatibilityCheck.between(candidate, RELEASED_V1);

    // then
    assertThat(problems)
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.direction()).isEqualTo(direction);
              assertThat(problem.type()).isEqualTo(type);
              assertThat(problem.toString()).startsWith(direction + " (").contains(type + " at /");
            });
  }

  @Test
  void shouldAcceptANewSymbolInAnEnumWithUnknownDefaultAndANewOptionalField() {
    // given: readers of v1 map the new AlertSource symbol to UNKNOWN and skip the new field
    Schema candidate =
        TestSchemas.load("compatible/Alert-v2-source-symbol-and-optional-field-added.avsc");

    // when
    List<Problem> problems = CompatibilityCheck.between(candidate, RELEASED_V1);

    // then
    assertThat(problems).isEmpty();
  }

  @Test
  void shouldFindTheCurrentAlertCompatibleWithTheOlderTestVersion() {
    // given
    Schema v0 = TestSchemas.load("old/Alert-v0.avsc");

    // when
    List<Problem> problems = CompatibilityCheck.between(Alert.getClassSchema(), v0);

    // then
    assertThat(problems).isEmpty();
  }
}
