package dev.responder.schemas.catalog.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The reference page documents every operation, parameter and figure of the vocabulary. */
class OperationReferenceTest {

  @Test
  void shouldDocumentEveryOperationWithItsParametersAndFigures() throws IOException {
    String reference = Files.readString(Path.of("../docs/runbook-catalog.md"));

    for (Operation operation : Operation.values()) {
      String row =
          reference
              .lines()
              .filter(line -> line.startsWith("| `" + operation.id() + "` |"))
              .findFirst()
              .orElse("");
      assertThat(row).as("row for %s", operation.id()).isNotEmpty();
      operation
          .params()
          .forEach(p -> assertThat(row).as(operation.id()).contains("`" + p.name() + "`"));
      operation.figures().forEach(f -> assertThat(row).as(operation.id()).contains("`" + f + "`"));
    }
  }
}
