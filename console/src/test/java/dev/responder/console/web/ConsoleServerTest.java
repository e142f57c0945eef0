package dev.responder.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.console.projection.AuditTopics;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The console's protections on a real Jetty server, before anyone signs in: the security headers,
 * the session cookie's attributes, CSRF refusals and the sign-in wall. No database is needed for
 * these pages, and none answers here.
 */
class ConsoleServerTest {

  private ConsoleServer console;
  private HttpClient http;

  @BeforeEach
  void start() {
    console =
        ConsoleServer.start(
            ConsoleConfig.fromMap(
                Map.of(
                    ConsoleConfig.HOST, "127.0.0.1",
                    ConsoleConfig.PORT, "0",
                    ConsoleConfig.JDBC_URL, "jdbc:postgresql://127.0.0.1:9/none",
                    ConsoleConfig.OPERATOR_API, "http://127.0.0.1:9",
                    ConsoleConfig.CATALOG, "../runbooks/crm.yaml")),
            AuditTopics.standard(),
            Clock.systemUTC());
    http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  @AfterEach
  void stop() {
    console.close();
  }

  @Test
  void shouldServeTheSignInFormWithAStrictPolicyAndAnHttpOnlyStrictCookie() throws Exception {
    // when
    HttpResponse<String> page = get("/console/login");

    // then
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Security-Policy"))
        .contains(Exchange.CSP)
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
    assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(page.headers().firstValue("Set-Cookie"))
        .hasValueSatisfying(
            cookie ->
                assertThat(cookie)
                    .startsWith(Sessions.COOKIE + "=")
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Strict"));
    assertThat(page.body()).doesNotContain("<script>").contains("name=\"csrf\"");
  }

  @Test
  void shouldRefuseASignInWithoutTheFormsCsrfToken() throws Exception {
    // given a session, from the sign-in page
    get("/console/login");

    // when the form is posted without its token
    HttpResponse<String> answer = post("/console/login", "user=carol&password=secret");

    // then
    assertThat(answer.statusCode()).isEqualTo(403);
  }

  @Test
  void shouldSayTheOperatorApiRefusedCredentialsItCannotCheck() throws Exception {
    // given the sign-in form's token
    String csrf = csrf(get("/console/login").body());

    // when the form is posted with it, and the operator API does not answer
    HttpResponse<String> answer =
        post("/console/login", "csrf=" + csrf + "&user=carol&password=secret");

    // then nobody is signed in
    assertThat(answer.statusCode()).isEqualTo(401);
    assertThat(answer.body()).contains("did not accept these credentials");
    assertThat(get("/console/incidents").statusCode()).isEqualTo(303);
  }

  @Test
  void shouldSendStrangersToTheSignInPage() throws Exception {
    // when
    HttpResponse<String> answer = get("/console/approvals");

    // then
    assertThat(answer.statusCode()).isEqualTo(303);
    assertThat(answer.headers().firstValue("Location"))
        .hasValueSatisfying(location -> assertThat(location).endsWith("/console/login"));
  }

  @Test
  void shouldRefuseAChangeFromOutsideASession() throws Exception {
    // when
    HttpResponse<String> answer = post("/console/incidents/INC-1/ack", "csrf=guess");

    // then it never reaches the operator API
    assertThat(answer.statusCode()).isEqualTo(303);
  }

  @Test
  void shouldServeTheOneScriptThePolicyAllows() throws Exception {
    // when
    HttpResponse<String> script = get("/static/console.js");

    // then
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
    assertThat(script.body()).contains("EventSource");
  }

  private static String csrf(String page) {
    Matcher matcher = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"").matcher(page);
    assertThat(matcher.find()).as("the page has a CSRF field").isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(console.uri() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(console.uri() + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
