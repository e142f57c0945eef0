package dev.responder.console.web;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The console's one JSON mapper (thread-safe once configured). */
final class ConsoleJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private ConsoleJson() {}
}
