package dev.responder.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * A service's settings: the entries of an optional properties file, overridden by the environment.
 * Services build their typed config records from the result.
 */
final class ServiceSettings {

  private ServiceSettings() {}

  static Map<String, String> read(Path configFile, Map<String, String> environment)
      throws IOException {
    Map<String, String> settings = new HashMap<>();
    if (configFile != null) {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
        properties.load(reader);
      } catch (IOException e) {
        throw new IOException("cannot read --config " + configFile + ": " + e.getMessage(), e);
      }
      properties
          .stringPropertyNames()
          .forEach(key -> settings.put(key, properties.getProperty(key)));
    }
    settings.putAll(environment);
    return settings;
  }
}
