package dev.responder.console.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.FormFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * One request and its answer, with the few things a page needs: its path parameters, query and form
 * fields, its session, and answers that always carry the console's security headers.
 */
final class Exchange {

  /**
   * No script but the console's own file, no inline script or style, no framing, forms only to the
   * console itself.
   */
  static final String CSP =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self';"
          + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final int MAX_FORM_BYTES = 1 << 20;

  final Request request;
  final Response response;
  final Callback callback;
  private final java.util.List<String> pathParameters;
  private Fields form;

  Exchange(
      Request request, Response response, Callback callback, java.util.List<String> parameters) {
    this.request = request;
    this.response = response;
    this.callback = callback;
    this.pathParameters = parameters;
  }

  /** The {@code n}th group of the route's pattern, URL-decoded. */
  String pathParameter(int n) {
    return java.net.URLDecoder.decode(pathParameters.get(n), StandardCharsets.UTF_8);
  }

  String query(String name) {
    Fields.Field field = Request.extractQueryParameters(request).get(name);
    return field == null ? null : field.getValue();
  }

  /** A form field of a POST body (URL-encoded, at most 1 MiB), or null. */
  String form(String name) {
    if (form == null) {
      form = FormFields.getFields(request, 1_000, MAX_FORM_BYTES);
    }
    Fields.Field field = form.get(name);
    return field == null ? null : field.getValue();
  }

  Optional<String> cookie(String name) {
    return Request.getCookies(request).stream()
        .filter(c -> c.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  void setSessionCookie(String value, boolean secure) {
    Response.putCookie(
        response,
        HttpCookie.build(Sessions.COOKIE, value)
            .path("/")
            .httpOnly(true)
            .secure(secure)
            .sameSite(HttpCookie.SameSite.STRICT)
            .build());
  }

  boolean secure() {
    return request.isSecure();
  }

  void html(int status, String body) {
    send(status, "text/html; charset=utf-8", body);
  }

  void send(int status, String contentType, String body) {
    headers(contentType);
    response.setStatus(status);
    Content.Sink.write(response, true, body, callback);
  }

  /** 303 See Other: after a POST, the browser GETs {@code location}. */
  void redirect(String location) {
    headers("text/plain; charset=utf-8");
    Response.sendRedirect(request, response, callback, 303, location, true);
  }

  void headers(String contentType) {
    var headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, contentType);
    headers.put("Content-Security-Policy", CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "same-origin");
    if (!headers.contains(HttpHeader.CACHE_CONTROL)) {
      headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    }
  }
}
