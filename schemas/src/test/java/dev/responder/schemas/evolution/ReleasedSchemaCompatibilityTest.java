package dev.responder.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The build gate for schema changes: every contract record's current schema must read, and be read
 * by, every version ever released. A failure names the record, the version and each problem.
 */
class ReleasedSchemaCompatibilityTest {

  static Stream<Arguments> everyReleasedVersionOfEveryRecord() {
    return ReleasedSchemas.CONTRACT.stream()
        .flatMap(
            current -> ReleasedSchemas.of(current).stream().map(r -> Arguments.of(r, current)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyReleasedVersionOfEveryRecord")
  void shouldStayBackwardAndForwardCompatibleWithReleasedVersion(
      ReleasedSchema released, Schema current) {
    // when
    List<CompatibilityCheck.Problem> problems =
        CompatibilityCheck.between(current, released.schema());

    // then
    assertThat(problems)
        .as(
            "the current %s schema is not backward and forward compatible with released %s;"
                + " make the change compatible (add defaults) or move to a new topic version",
            current.getName(), released)
        .isEmpty();
  }
}
