package dev.responder.ingest.http;

import dev.responder.ingest.payload.Problem;
import dev.responder.ingest.payload.Rejection;
import dev.responder.ingest.payload.SenderText;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/** The checks a receiver makes before it looks at the body's content. */
final class RequestChecks {

  private static final Pattern REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

  private RequestChecks() {}

  /** The sender's {@code X-Request-Id} when it is a sane token, else a fresh UUID. */
  static String requestId(Request request) {
    String sent = request.getHeaders().get("X-Request-Id");
    return sent != null && REQUEST_ID.matcher(sent).matches() ? sent : UUID.randomUUID().toString();
  }

  /** JSON only, in UTF-8 if a charset is named: anything else would be misread, not rejected. */
  static Optional<Problem> contentType(Request request) {
    String header = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (header != null) {
      String[] parts = header.toLowerCase(Locale.ROOT).split(";");
      boolean json = parts[0].trim().equals("application/json");
      boolean utf8 = true;
      for (int i = 1; i < parts.length; i++) {
        String parameter = parts[i].trim().replace("\"", "");
        if (parameter.startsWith("charset=")) {
          utf8 = parameter.equals("charset=utf-8");
        }
      }
      if (json && utf8) {
        return Optional.empty();
      }
    }
    return Optional.of(
        Problem.ofRequest(
            Rejection.UNSUPPORTED_MEDIA_TYPE,
            "Content-Type must be application/json (UTF-8), was "
                + (header == null ? "missing" : SenderText.quote(header))));
  }

  /**
   * The whole body, or empty when it is longer than {@code maxBytes}. Reads at most one byte past
   * the limit, so an oversized body costs no more memory than an allowed one.
   */
  static Optional<byte[]> body(Request request, int maxBytes) throws IOException {
    long declared = request.getLength();
    if (declared > maxBytes) {
      return Optional.empty();
    }
    try (InputStream in = Content.Source.asInputStream(request)) {
      byte[] body = in.readNBytes(maxBytes + 1);
      return body.length > maxBytes ? Optional.empty() : Optional.of(body);
    }
  }

  static Problem tooLarge(int maxBytes) {
    return Problem.ofRequest(
        Rejection.BODY_TOO_LARGE, "the body is larger than the limit of " + maxBytes + " bytes");
  }
}
