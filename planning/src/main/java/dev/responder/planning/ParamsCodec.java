package dev.responder.planning;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Writes {@link StepParams} as text and reads them back with their types, so the ledger can keep
 * the exact parameters an INTENT was written with. Properties format handles the escaping.
 */
public final class ParamsCodec {

  private ParamsCodec() {}

  public static String encode(StepParams params) {
    Properties properties = new Properties();
    params.values().forEach((name, value) -> properties.setProperty(name, typed(value)));
    StringWriter out = new StringWriter();
    try {
      properties.store(out, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Properties writes a date comment first; drop it so equal params encode equally.
    return out.toString()
        .lines()
        .filter(line -> !line.startsWith("#"))
        .reduce("", (a, b) -> a + b + "\n");
  }

  public static StepParams decode(String text) {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(text));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> values = new HashMap<>();
    properties
        .stringPropertyNames()
        .forEach(name -> values.put(name, untyped(name, properties.getProperty(name))));
    return StepParams.of(values);
  }

  private static String typed(Object value) {
    if (value instanceof Integer number) {
      return "i:" + number;
    }
    if (value instanceof Duration duration) {
      return "d:" + duration;
    }
    return "s:" + value;
  }

  private static Object untyped(String name, String text) {
    String body = text.length() > 2 ? text.substring(2) : "";
    return switch (text.substring(0, Math.min(2, text.length()))) {
      case "i:" -> Integer.valueOf(body);
      case "d:" -> Duration.parse(body);
      case "s:" -> body;
      default ->
          throw new IllegalArgumentException("parameter '" + name + "' has no type tag: " + text);
    };
  }
}
