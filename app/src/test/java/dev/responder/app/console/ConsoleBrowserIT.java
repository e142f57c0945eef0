package dev.responder.app.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.responder.app.local.Endpoints;
import dev.responder.app.local.LocalDirectory;
import dev.responder.app.local.LocalOptions;
import dev.responder.app.local.LocalStack;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The console and the status page in headless Chromium against one local stack, as an operator
 * meets them during an incident, in order: the API breaks and the status page shows the outage; a
 * viewer cannot approve the gated restart; an approver sees the evidence, approves, and sees the
 * restart executed; after the fix the page is operational again; a silence made from an alert's
 * labels silences the next such alert; hostile labels are shown as text and run nothing. The
 * screenshots under {@code target/screenshots/} are the ones {@code docs/console.md} shows.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserIT {

  private static final Duration PIPELINE = Duration.ofSeconds(90);
  private static final Map<String, String> API_ALERT =
      Map.of(
          "alertname", "CrmApiHighErrorRate",
          "namespace", "crm",
          "service", "crm-backend",
          "severity", "critical");

  @TempDir static Path root;

  private LocalDirectory directory;
  private LocalDirectory.Lock lock;
  private LocalStack stack;
  private WebDriver browser;
  private Endpoints endpoints;
  private Alerts alerts;
  private final Instant apiAlertStart = Instant.now();

  @BeforeAll
  void startLocalModeAndBrowser() throws Exception {
    browser = HeadlessChromium.start(root.resolve("chromium-profile"));
    Files.createDirectories(root.resolve("runbooks"));
    Files.copy(Path.of("..", "runbooks", "crm.yaml"), root.resolve("runbooks").resolve("crm.yaml"));
    directory = new LocalDirectory(root);
    lock = directory.tryLock().orElseThrow();
    stack =
        LocalStack.start(new LocalOptions(root, root.resolve("runbooks/crm.yaml"), 0), directory);
    endpoints = stack.endpoints();
    alerts = new Alerts(endpoints);
  }

  @AfterAll
  void stop() throws Exception {
    if (browser != null) {
      browser.quit();
    }
    if (stack != null) {
      stack.close();
    }
    if (lock != null) {
      lock.close();
    }
  }

  @Test
  @Order(1)
  void shouldShowTheApiOutageOnTheStatusPageOnceTheApiBreaks() throws Exception {
    // given the status page while all is well
    open("/status");
    assertThat(text(By.id("overall"))).isEqualTo("All systems operational");
    assertThat(componentState("API")).isEqualTo("Operational");

    // when crm-backend fails and Alertmanager says so
    stack.simulator().breakBackend();
    alerts.send(API_ALERT, "more than 5% of CRM API requests fail", apiAlertStart, false);

    // then the page, reloaded as a visitor would, shows the API down, and so does the JSON
    await()
        .atMost(PIPELINE)
        .pollInterval(Duration.ofMillis(500))
        .ignoreException(StaleElementReferenceException.class) // live updates swap the page
        .untilAsserted(
            () -> {
              browser.navigate().refresh();
              assertThat(componentState("API")).isEqualTo("Major outage");
              assertThat(text(By.id("overall"))).isEqualTo("Major outage");
              assertThat(componentState("Worker queue")).isEqualTo("Operational");
              assertThat(text(By.cssSelector(".incident p")))
                  .isEqualTo("Investigating: API is down; we are looking into it.");
            });
    HeadlessChromium.screenshot(browser, "status-page");
    JsonNode summary = new ObjectMapper().readTree(get("/status.json"));
    assertThat(summary.path("status").path("indicator").asText()).isEqualTo("critical");
    assertThat(summary.path("components").get(0).path("status").asText()).isEqualTo("major_outage");
    assertThat(get("/status.atom")).contains("<entry>").contains("API: major outage");
  }

  @Test
  @Order(2)
  void shouldRefuseTheRestartAViewerTriesToApprove() throws Exception {
    // given a viewer on the approvals page, where the restart waits
    signIn("vic");
    WebElement approval = awaitApproval("restart_backend");

    // when the viewer approves
    approval.findElement(By.cssSelector("button.approve")).click();

    // then the operator API's refusal is shown, and the action still waits
    assertThat(text(By.id("notice"))).startsWith("Refused: ");
    assertThat(browser.findElements(By.cssSelector("article.approval"))).isNotEmpty();
  }

  @Test
  @Order(3)
  void shouldShowTheEvidenceAndExecuteTheRestartAnApproverApproves() throws Exception {
    // given the approver on the API incident's page, with the checks' evidence
    signIn("carol");
    open("/console/incidents?runbook=api-unresponsive");
    browser.findElement(By.cssSelector("a.incident-link")).click();
    String incidentPage = browser.getCurrentUrl();
    assertThat(text(By.id("checks"))).contains("api_health").contains("503");
    assertThat(text(By.cssSelector("dl.labels"))).contains("CrmApiHighErrorRate");
    HeadlessChromium.screenshot(browser, "incident-page");

    // when the approver approves the waiting restart
    WebElement approval = awaitApproval("restart_backend");
    HeadlessChromium.screenshot(browser, "approvals-page");
    approval.findElement(By.cssSelector("input[name=comment]")).sendKeys("backend answers 503");
    approval.findElement(By.cssSelector("button.approve")).click();

    // then the approval is accepted, and the incident page shows the restart executed
    assertThat(text(By.id("notice"))).startsWith("Approved: ");
    browser.get(incidentPage);
    await()
        .atMost(PIPELINE)
        .ignoreException(StaleElementReferenceException.class) // live updates swap the page
        .untilAsserted(
            () ->
                assertThat(text(By.id("actions")))
                    .contains("restart_backend")
                    .contains("SUCCEEDED"));
  }

  @Test
  @Order(4)
  void shouldShowTheApiOperationalAgainOnceTheFixHolds() throws Exception {
    // given the restart healed the backend
    await().atMost(PIPELINE).until(() -> stack.simulator().snapshot().backendHealthy());

    // and a visitor's status page, open and listening for live updates
    open("/status");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> "true".equals(body().getAttribute("data-live-connected")));

    // when Alertmanager resolves the alert
    alerts.send(API_ALERT, "more than 5% of CRM API requests fail", apiAlertStart, true);

    // then the open page turns operational by itself (no reload), with the incident in its history
    await()
        .atMost(PIPELINE)
        .pollInterval(Duration.ofMillis(500))
        .ignoreException(StaleElementReferenceException.class) // the script swapped it meanwhile
        .untilAsserted(
            () -> {
              assertThat(componentState("API")).isEqualTo("Operational");
              assertThat(text(By.id("overall"))).isEqualTo("All systems operational");
              assertThat(text(By.cssSelector(".history")))
                  .contains("API: major outage")
                  .contains("resolved");
            });
    assertThat(body().getAttribute("data-refreshed")).as("swapped in by the script").isNotNull();
  }

  @Test
  @Order(5)
  void shouldSilenceTheNextAlertLikeTheOneASilenceWasMadeFrom() throws Exception {
    // given an alert's incident page, and a silence made from that alert's labels
    // (unclassified: grouped by alertname and namespace, which the preview matches incidents by)
    Map<String, String> labels = Map.of("alertname", "ConsoleSilenceProbe", "namespace", "crm");
    Instant first = Instant.now();
    alerts.send(labels, "a probe to silence", first, false);
    signIn("dave");
    openIncidentOf(labels);
    browser.findElement(By.cssSelector("a.silence-link")).click();
    assertThat(browser.findElement(By.id("matchers")).getAttribute("value"))
        .contains("alertname=\"ConsoleSilenceProbe\"")
        .contains("namespace=\"crm\"");
    browser.findElement(By.id("silence-comment")).sendKeys("probe noise while we test");
    browser.findElement(By.id("preview-silence")).click();
    assertThat(text(By.id("preview"))).contains("ConsoleSilenceProbe");
    browser.findElement(By.id("create-silence")).click();
    assertThat(text(By.id("notice"))).startsWith("Silence created");
    assertThat(text(By.id("silences"))).contains("ConsoleSilenceProbe");
    long silencedBefore = silencedAlerts();

    // when another alert with these labels fires (another instance: the same alert firing again
    // would be a duplicate of the one its incident holds). The silence reaches the correlator on
    // the commands topic and an alert on the alerts topic, so an alert sent in the same instant
    // may be read first; each poll sends the next one until one meets the silence.
    AtomicInteger instance = new AtomicInteger();
    await()
        .atMost(PIPELINE)
        .pollInterval(Duration.ofSeconds(3))
        .until(
            () -> {
              Map<String, String> next = new java.util.HashMap<>(labels);
              next.put("instance", "probe-" + instance.incrementAndGet());
              alerts.send(next, "a probe to silence", Instant.now(), false);
              return silencedAlerts() > silencedBefore;
            });

    // then the correlator counted one of them silenced
    assertThat(silencedAlerts()).isGreaterThan(silencedBefore);
  }

  @Test
  @Order(6)
  void shouldShowHostileLabelsAsTextAndRunNothing() throws Exception {
    // given an alert whose label and annotation carry HTML and script
    String hostile =
        "<script>window.pwned=1;document.title='pwned'</script><img src=x onerror=\"window.pwned=2\">";
    Map<String, String> labels =
        Map.of(
            "alertname",
            "ConsoleHostileLabels",
            "namespace",
            "crm",
            "severity",
            "info",
            "note",
            hostile);
    alerts.send(labels, "<b>bold</b><script>window.pwned=3</script>", Instant.now(), false);

    // when an operator opens its incident page
    signIn("dave");
    openIncidentOf(labels);

    // then the label reads as the text it is, and nothing of it ran
    assertThat(text(By.cssSelector("dl.labels"))).contains(hostile);
    assertThat(text(By.cssSelector("dl.annotations")))
        .contains("<b>bold</b><script>window.pwned=3</script>");
    JavascriptExecutor page = (JavascriptExecutor) browser;
    assertThat(page.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    assertThat(browser.getTitle()).doesNotContain("pwned");
    assertThat(page.executeScript("return document.scripts.length")).isEqualTo(1L);
    assertThat(browser.findElements(By.cssSelector("main img"))).isEmpty();
  }

  private void open(String path) {
    browser.get(endpoints.web() + path);
  }

  /**
   * An element's text, found again if live updates replaced the element between finding and reading
   * it (server-sent events swap parts of the page at any moment).
   */
  private String text(By locator) {
    return await()
        .atMost(Duration.ofSeconds(10))
        .ignoreException(StaleElementReferenceException.class)
        .until(() -> browser.findElement(locator).getText(), t -> true);
  }

  private WebElement body() {
    return browser.findElement(By.tagName("body"));
  }

  private String componentState(String component) {
    return browser
        .findElement(By.cssSelector("tr[data-component='" + component + "'] td.state"))
        .getText();
  }

  private void signIn(String user) throws Exception {
    browser.manage().deleteAllCookies();
    open("/console/login");
    browser.findElement(By.id("user")).sendKeys(user);
    browser.findElement(By.id("password")).sendKeys(password(user));
    browser.findElement(By.id("sign-in")).click();
    assertThat(text(By.id("who"))).startsWith(user);
  }

  private String password(String user) throws Exception {
    return Files.readString(directory.path().resolve("operator").resolve(user + ".password"))
        .strip();
  }

  /** The approvals page once the action whose key contains {@code step} waits there. */
  private WebElement awaitApproval(String step) {
    return await()
        .atMost(PIPELINE)
        .pollInterval(Duration.ofMillis(500))
        .until(
            () -> {
              open("/console/approvals");
              List<WebElement> waiting = new ArrayList<>();
              for (WebElement approval : browser.findElements(By.cssSelector("article.approval"))) {
                if (approval.getAttribute("data-key").contains(step)) {
                  waiting.add(approval);
                }
              }
              return waiting.isEmpty() ? null : waiting.get(0);
            },
            approval -> approval != null);
  }

  /** Opens the page of the incident the alert with these labels opened, once it exists. */
  private void openIncidentOf(Map<String, String> labels) {
    String fingerprint = Alerts.fingerprint(labels);
    String incident =
        await().atMost(PIPELINE).until(() -> incidentHolding(fingerprint), id -> id != null);
    open("/console/incidents/" + incident);
  }

  private String incidentHolding(String fingerprint) throws Exception {
    try (Connection connection = DriverManager.getConnection(endpoints.jdbc());
        PreparedStatement select =
            connection.prepareStatement(
                "SELECT incident_id FROM projection.audit_log WHERE kind = 'INCIDENT_EVENT'"
                    + " AND content::jsonb #>> '{cause,alertFingerprint}' = ? LIMIT 1")) {
      select.setString(1, fingerprint);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getString(1) : null;
      }
    } catch (java.sql.SQLException e) {
      return null; // the projection's schema is created on its first run
    }
  }

  private long silencedAlerts() throws Exception {
    URI correlator =
        stack.services().stream()
            .filter(s -> s.name().equals("correlator"))
            .flatMap(s -> s.uri().stream())
            .findFirst()
            .orElseThrow();
    String metrics =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(correlator + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    return metrics
        .lines()
        .filter(line -> line.startsWith("responder_correlator_alerts_total"))
        .filter(line -> line.contains("disposition=\"silenced\""))
        .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private String get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(endpoints.web() + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }
}
