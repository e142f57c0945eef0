package dev.responder.sandbox;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sandbox's settings, read from a map (system properties in practice).
 *
 * @param forcedMode the mode named by {@value #INFRA_KEY}, or empty to auto-detect
 */
public record SandboxConfig(Optional<InfraMode> forcedMode) {

  /** The key that forces a mode: {@code -Dresponder.infra=containers|embedded}. */
  public static final String INFRA_KEY = "responder.infra";

  public SandboxConfig {
    forcedMode = Optional.ofNullable(forcedMode).flatMap(mode -> mode);
  }

  /**
   * Reads the settings; a blank or absent {@value #INFRA_KEY} means auto-detect.
   *
   * @throws IllegalArgumentException naming the key and the accepted values when the value is wrong
   */
  public static SandboxConfig fromMap(Map<String, String> settings) {
    String value = settings.get(INFRA_KEY);
    if (value == null || value.isBlank()) {
      return new SandboxConfig(Optional.empty());
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "embedded" -> new SandboxConfig(Optional.of(InfraMode.EMBEDDED));
      case "containers" -> new SandboxConfig(Optional.of(InfraMode.CONTAINERS));
      default ->
          throw new IllegalArgumentException(
              "-D"
                  + INFRA_KEY
                  + " must be 'containers' or 'embedded' (or unset to auto-detect), but was '"
                  + value
                  + "'");
    };
  }
}
