package dev.responder.console.web;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.loader.ClasspathLoader;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The console's Pebble templates ({@code console/templates/*.peb} on the classpath), with
 * autoescaping on for HTML: every value a template prints is escaped unless the template says
 * otherwise, and none does. Strict variables, so a misspelt name fails a test instead of printing
 * nothing.
 */
final class Templates {

  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  private final PebbleEngine engine;

  Templates() {
    ClasspathLoader loader = new ClasspathLoader(Templates.class.getClassLoader());
    loader.setPrefix("console/templates/");
    loader.setSuffix(".peb");
    this.engine =
        new PebbleEngine.Builder()
            .loader(loader)
            .autoEscaping(true)
            .defaultEscapingStrategy("html")
            .strictVariables(true)
            .extension(new Filters())
            .build();
  }

  /** The named template rendered with {@code model}. */
  String render(String name, Map<String, Object> model) {
    PebbleTemplate template = engine.getTemplate(name);
    StringWriter out = new StringWriter();
    try {
      template.evaluate(out, model);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** {@code utc}: a time for people; {@code iso}: for the script's countdowns; {@code dash}. */
  private static final class Filters extends AbstractExtension {
    @Override
    public Map<String, Filter> getFilters() {
      return Map.of(
          "utc", new TextFilter(value -> UTC.format((Instant) value)),
          "iso", new TextFilter(Object::toString),
          "dash", new TextFilter(Object::toString));
    }
  }

  /** Unwraps an Optional and prints a dash for nothing, the function's text otherwise. */
  private record TextFilter(java.util.function.Function<Object, String> text) implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of();
    }

    @Override
    public Object apply(
        Object input,
        Map<String, Object> args,
        PebbleTemplate self,
        EvaluationContext context,
        int lineNumber) {
      Object value = input instanceof Optional<?> optional ? optional.orElse(null) : input;
      return value == null || value.toString().isEmpty() ? "—" : text.apply(value);
    }
  }
}
