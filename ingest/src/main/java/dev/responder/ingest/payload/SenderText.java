package dev.responder.ingest.payload;

/**
 * Makes text a sender wrote safe to print in a log line, an error answer or a terminal: control
 * characters (newlines included, so a sender cannot forge log lines), line and paragraph separators
 * and bidirectional overrides become {@code \\uXXXX} escapes, and long text is cut with a mark
 * saying how much was left out.
 */
public final class SenderText {

  /** How many characters of one sender value a message quotes at most. */
  public static final int QUOTE_LIMIT = 80;

  private SenderText() {}

  /** {@code text} with every unsafe character escaped, at most {@code limit} characters of it. */
  public static String printable(String text, int limit) {
    if (text == null) {
      return "null";
    }
    int end = Math.min(text.length(), limit);
    StringBuilder out = new StringBuilder(end + 16);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    if (text.length() > limit) {
      out.append("...(").append(text.length() - limit).append(" more characters)");
    }
    return out.toString();
  }

  /** The value in double quotes, escaped and cut at {@link #QUOTE_LIMIT}. */
  public static String quote(String text) {
    return "\"" + printable(text, QUOTE_LIMIT) + "\"";
  }

  static boolean isUnsafe(char c) {
    return Character.isISOControl(c)
        || c == '\u2028'
        || c == '\u2029'
        || Character.getType(c) == Character.FORMAT;
  }
}
