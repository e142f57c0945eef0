package dev.responder.sandbox.crm;

import static dev.responder.sandbox.crm.SimulatedPlatform.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrmSimulatorKubernetesIT {

  private final SimulatedPlatform platform = new SimulatedPlatform();
  private final HttpClient http = HttpClient.newHttpClient();

  @AfterEach
  void restoreTheSandbox() throws Exception {
    platform.close();
  }

  @Test
  void shouldReplaceEveryPodOnARolloutRestart() {
    // given
    List<String> before = platform.podNames("crm-worker");

    // when
    platform.restart("crm-worker");

    // then
    eventually(
        () ->
            assertThat(platform.podNames("crm-worker"))
                .hasSize(2)
                .doesNotContainAnyElementsOf(before));
    assertThat(platform.podNames("crm-backend")).hasSize(2);
  }

  @Test
  void shouldRecordKillingScheduledAndStartedEventsLikeTheControllers() {
    // given
    List<String> before = platform.podNames("crm-worker");

    // when
    platform.restart("crm-worker");

    // then
    eventually(
        () -> {
          List<String> after = platform.podNames("crm-worker");
          List<Event> events =
              platform.kubernetes().v1().events().inNamespace("crm").list().getItems();
          assertThat(events)
              .filteredOn(e -> "Killing".equals(e.getReason()))
              .extracting(e -> e.getInvolvedObject().getName())
              .containsAll(before);
          assertThat(events)
              .filteredOn(e -> "Started".equals(e.getReason()))
              .extracting(e -> e.getInvolvedObject().getName())
              .containsAll(after);
          assertThat(events)
              .filteredOn(e -> "Scheduled".equals(e.getReason()))
              .extracting(Event::getLastTimestamp)
              .allSatisfy(timestamp -> assertThat(timestamp).isNotBlank());
        });
  }

  @Test
  void shouldChangeThePodCountWhenScaled() {
    // when
    platform.scale("crm-worker", 4);

    // then
    eventually(() -> assertThat(platform.podNames("crm-worker")).hasSize(4));
    eventually(
        () -> {
          Deployment worker =
              platform
                  .kubernetes()
                  .apps()
                  .deployments()
                  .inNamespace("crm")
                  .withName("crm-worker")
                  .get();
          assertThat(worker.getStatus().getReadyReplicas()).isEqualTo(4);
        });

    // and when scaled down again
    platform.scale("crm-worker", 1);

    // then
    eventually(() -> assertThat(platform.podNames("crm-worker")).hasSize(1));
  }

  @Test
  void shouldAnswer5xxWhileTheBackendIsBrokenAndRecoverAfterARestart() throws Exception {
    // given
    URI health = platform.simulator.backendHealthUrl();
    assertThat(status(health)).isEqualTo(200);

    // when
    platform.simulator.breakBackend();

    // then
    assertThat(status(health)).isEqualTo(503);
    String pod = platform.podNames("crm-backend").get(0);
    assertThat(platform.log(pod, 10)).contains("GET /health 503");

    // and when
    platform.restart("crm-backend");

    // then
    await().atMost(Duration.ofSeconds(10)).until(() -> status(health) == 200);
  }

  @Test
  void shouldStayBrokenWhenTheBackendIsOnlyScaled() throws Exception {
    // given
    URI health = platform.simulator.backendHealthUrl();
    platform.simulator.breakBackend();

    // when
    platform.scale("crm-backend", 4);
    eventually(
        () -> assertThat(platform.simulator.snapshot().readyPods().get("crm-backend")).hasSize(4));

    // then
    assertThat(status(health)).isEqualTo(503);
  }

  @Test
  void shouldKeepWhatIsPostedToTheChatWebhook() throws Exception {
    // when
    HttpResponse<String> answer =
        http.send(
            HttpRequest.newBuilder(platform.simulator.notifyWebhookUrl())
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"channel\":\"#crm-incidents\",\"text\":\"P2\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(platform.simulator.notifications())
        .extracting(ReceivedNotification::body)
        .containsExactly("{\"channel\":\"#crm-incidents\",\"text\":\"P2\"}");
  }

  private int status(URI uri) throws Exception {
    return http.send(
            HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }
}
