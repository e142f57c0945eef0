package dev.responder.remediator.adapter.delivery;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One mapping of the delivery config's YAML, read with its path for error messages ({@code
 * delivery.yaml: pagerduty.url ...}). A missing section reads as empty.
 */
final class Section {

  private final Path file;
  private final String path;
  private final Map<?, ?> values;

  Section(Path file, String path, Object node) {
    this.file = file;
    this.path = path;
    if (!(node instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(at("") + ": expected a mapping");
    }
    this.values = map;
  }

  String at(String key) {
    String full = path.isEmpty() ? key : key.isEmpty() ? path : path + "." + key;
    return file + ": " + (full.isEmpty() ? "the top level" : full);
  }

  Section section(String key) {
    Object node = values.get(key);
    return new Section(
        file, path.isEmpty() ? key : path + "." + key, node == null ? Map.of() : node);
  }

  List<String> keys() {
    return values.keySet().stream().map(String::valueOf).toList();
  }

  /** Every entry as text: a mapping of names to file paths or contacts. */
  Map<String, String> entries() {
    Map<String, String> entries = new LinkedHashMap<>();
    values.forEach(
        (key, value) -> {
          if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException(at(String.valueOf(key)) + ": expected a text value");
          }
          entries.put(String.valueOf(key), String.valueOf(value));
        });
    return entries;
  }

  Optional<String> optional(String key) {
    Object value = values.get(key);
    return value == null ? Optional.empty() : Optional.of(String.valueOf(value));
  }

  String text(String key, String defaultValue) {
    return optional(key).orElse(defaultValue);
  }

  String required(String key) {
    return optional(key).orElseThrow(() -> new IllegalArgumentException(at(key) + ": required"));
  }
}
