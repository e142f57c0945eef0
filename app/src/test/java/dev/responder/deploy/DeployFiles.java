package dev.responder.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The files under {@code deploy/} and the repository around them, read as plain YAML. */
final class DeployFiles {

  private DeployFiles() {}

  /** The repository root: the tests run in {@code app/}, or at the root in an IDE. */
  static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("deploy/base"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no deploy/base above " + here);
  }

  static Path deploy(String relative) {
    return root().resolve("deploy").resolve(relative);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every document of a (multi-document) YAML text, as maps; empty documents are skipped. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> documents(String yaml) {
    Iterable<Object> all = new Load(LoadSettings.builder().build()).loadAllFromString(yaml);
    return Stream.of(all)
        .flatMap(iterable -> StreamSupport.stream(iterable.spliterator(), false))
        .filter(Objects::nonNull)
        .map(document -> (Map<String, Object>) document)
        .toList();
  }

  /** The single YAML document of a file. */
  static Map<String, Object> document(Path file) {
    List<Map<String, Object>> documents = documents(read(file));
    if (documents.size() != 1) {
      throw new IllegalStateException(file + " holds " + documents.size() + " documents, not 1");
    }
    return documents.get(0);
  }

  /** The manifests of {@code deploy/base}, in file-name order (kustomization.yaml excluded). */
  static List<Path> baseManifests() {
    try (Stream<Path> files = Files.list(deploy("base"))) {
      return files
          .filter(file -> file.getFileName().toString().matches("\\d{3}-.*\\.yaml"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
