package dev.responder.schemas.evolution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.schemas.avro.Alert;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.SchemaStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReleasedSchemasTest {

  /** The released versions as they are in the source tree (Surefire runs in the module folder). */
  private static final Path RELEASED_SOURCES =
      Path.of("src/main/resources", ReleasedSchemas.RESOURCE_ROOT);

  static Stream<Schema> contract() {
    return ReleasedSchemas.CONTRACT.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("contract")
  void shouldLoadEveryReleasedFileOfTheRecordWithoutGaps(Schema current) throws IOException {
    // given
    List<String> filesInSourceTree;
    try (Stream<Path> files = Files.list(RELEASED_SOURCES.resolve(current.getName()))) {
      filesInSourceTree = files.map(file -> file.getFileName().toString()).toList();
    }

    // when
    List<ReleasedSchema> released = ReleasedSchemas.of(current);

    // then
    assertThat(released).isNotEmpty();
    assertThat(released)
        .extracting(version -> "v" + version.version() + ".avsc")
        .containsExactlyInAnyOrderElementsOf(filesInSourceTree);
    assertThat(released)
        .allSatisfy(
            version -> assertThat(version.schema().getFullName()).isEqualTo(current.getFullName()));
  }

  @Test
  void shouldKeepReleasedVersionsOnlyForContractRecords() throws IOException {
    // given
    List<String> contractNames = contract().map(Schema::getName).toList();

    // when
    List<String> folders;
    try (Stream<Path> entries = Files.list(RELEASED_SOURCES)) {
      folders = entries.map(folder -> folder.getFileName().toString()).toList();
    }

    // then
    assertThat(folders).containsExactlyInAnyOrderElementsOf(contractNames);
  }

  @Test
  void shouldBuildAStoreThatResolvesReleasedAndCurrentFingerprints() {
    // given
    Schema current = Alert.getClassSchema();
    Schema v1 = ReleasedSchemas.of(current).get(0).schema();

    // when
    SchemaStore store = ReleasedSchemas.store(current);

    // then
    assertThat(store.findByFingerprint(SchemaNormalization.parsingFingerprint64(v1))).isNotNull();
    assertThat(store.findByFingerprint(SchemaNormalization.parsingFingerprint64(current)))
        .isNotNull();
  }
}
