package dev.responder.ingest.payload;

/** Builds RFC 6901 JSON pointers, escaping {@code ~} and {@code /} inside member names. */
final class Pointers {

  private Pointers() {}

  static String child(String pointer, String member) {
    return pointer + "/" + member.replace("~", "~0").replace("/", "~1");
  }

  static String index(String pointer, int index) {
    return pointer + "/" + index;
  }
}
