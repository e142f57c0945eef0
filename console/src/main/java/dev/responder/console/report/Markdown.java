package dev.responder.console.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes recorded text into Markdown safely: punctuation Markdown would interpret is escaped. */
final class Markdown {

  private static final Pattern SPECIAL = Pattern.compile("[\\\\`*_\\[\\]<>#|~]");

  private Markdown() {}

  /** Text from the log as literal Markdown text, on one line. */
  static String text(String raw) {
    String oneLine = raw.replace('\r', ' ').replace('\n', ' ');
    return SPECIAL.matcher(oneLine).replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
  }

  /** Inline code; the fence is one backtick longer than any run of backticks inside. */
  static String code(String raw) {
    String oneLine = raw.replace('\r', ' ').replace('\n', ' ');
    String fence = "`";
    while (oneLine.contains(fence)) {
      fence += "`";
    }
    return fence + " " + oneLine + " " + fence;
  }

  /** A fenced block for raw evidence lines, fenced longer than any backtick run they contain. */
  static String block(Iterable<String> lines) {
    StringBuilder body = new StringBuilder();
    lines.forEach(line -> body.append(line.replace("\r", "")).append('\n'));
    String fence = "```";
    while (body.toString().contains(fence)) {
      fence += "`";
    }
    return fence + "text\n" + body + fence + "\n";
  }
}
