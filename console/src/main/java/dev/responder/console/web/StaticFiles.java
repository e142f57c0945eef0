package dev.responder.console.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The console's two static files, read once from the classpath: the script (the only one the
 * Content-Security-Policy allows) and the style sheet.
 */
final class StaticFiles {

  private static final Map<String, String> TYPES =
      Map.of(
          "console.js", "text/javascript; charset=utf-8",
          "console.css", "text/css; charset=utf-8");

  private final Map<String, String> files;

  StaticFiles() {
    this.files = Map.of("console.js", read("console.js"), "console.css", read("console.css"));
  }

  void routes(Router router) {
    router.get(
        "/static/(console\\.js|console\\.css)",
        exchange -> {
          String name = exchange.pathParameter(0);
          exchange.response.getHeaders().put("Cache-Control", "no-cache");
          exchange.send(200, TYPES.get(name), files.get(name));
        });
  }

  private static String read(String name) {
    try (InputStream in =
        StaticFiles.class.getClassLoader().getResourceAsStream("console/static/" + name)) {
      if (in == null) {
        throw new IllegalStateException("console/static/" + name + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
