package dev.responder.ingest;

import dev.responder.runtime.config.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One sender's credentials: any number of bearer tokens (several at once, so a token is rotated by
 * adding the new one, moving the sender over, then removing the old one, with no moment when the
 * sender is refused) and optionally a basic-auth pair. {@code toString} shows only counts.
 *
 * @param basicUser the basic-auth user, or null (then no password either)
 */
public record SenderCredentials(List<Secret> tokens, String basicUser, Secret basicPassword) {

  public static final SenderCredentials NONE = new SenderCredentials(List.of(), null, null);

  public SenderCredentials {
    tokens = List.copyOf(tokens);
  }

  public boolean isEmpty() {
    return tokens.isEmpty() && basicUser == null;
  }

  /**
   * Reads the tokens of {@code name}: inline (one token) or from {@code name_FILE}, a
   * comma-separated list of files and directories. A file holds one token per line (blank lines and
   * lines starting with {@code #} skipped); a directory, such as a mounted Kubernetes Secret, gives
   * the tokens of each regular file in it whose name does not start with a dot.
   */
  static List<Secret> tokens(Settings read, String name) {
    String inline = read.text(name, null);
    String fileName = name + "_FILE";
    String files = read.text(fileName, null);
    if (inline != null && files != null) {
      throw new IllegalArgumentException("set " + name + " or " + fileName + ", not both");
    }
    if (files == null) {
      return inline == null ? List.of() : List.of(new Secret(inline));
    }
    List<Secret> tokens = new ArrayList<>();
    for (String file : files.split(",")) {
      tokens.addAll(fromPath(fileName, Path.of(file.strip())));
    }
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException(
          fileName + " must name files holding tokens, was '" + files + "', which hold none");
    }
    return tokens;
  }

  private static List<Secret> fromPath(String fileName, Path path) {
    try {
      if (!Files.isDirectory(path)) {
        return fromFile(path);
      }
      List<Secret> tokens = new ArrayList<>();
      try (Stream<Path> entries = Files.list(path)) {
        for (Path entry : entries.sorted().toList()) {
          if (!entry.getFileName().toString().startsWith(".") && Files.isRegularFile(entry)) {
            tokens.addAll(fromFile(entry));
          }
        }
      }
      return tokens;
    } catch (IOException e) {
      String cause = e.getClass().getSimpleName() + ": " + e.getMessage();
      throw new IllegalArgumentException(
          fileName + " must name a readable file, was '" + path + "' (" + cause + ")", e);
    }
  }

  private static List<Secret> fromFile(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .map(String::strip)
        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
        .map(Secret::new)
        .toList();
  }

  @Override
  public String toString() {
    return "SenderCredentials[tokens=" + tokens.size() + ", basicUser=" + basicUser + "]";
  }
}
