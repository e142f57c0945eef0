package dev.responder.sandbox.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRevisionTest {

  private static final Map<String, String> LABELS = Map.of("app", "crm-worker");
  private static final List<String> IMAGES = List.of("registry.example/crm/crm-worker:1.0.0");

  @Test
  void shouldGiveTheSameRevisionForTheSameTemplate() {
    // when
    String first = TemplateRevision.of(Map.of("a", "1", "b", "2"), LABELS, IMAGES);
    String second = TemplateRevision.of(Map.of("b", "2", "a", "1"), LABELS, IMAGES);

    // then
    assertThat(first).isEqualTo(second).hasSize(10);
    assertThat(first.chars()).allMatch(c -> TemplateRevision.ALPHABET.indexOf(c) >= 0);
  }

  @Test
  void shouldGiveANewRevisionWhenARestartStampsTheTemplate() {
    // when
    String before = TemplateRevision.of(Map.of(), LABELS, IMAGES);
    String after =
        TemplateRevision.of(
            Map.of("kubectl.kubernetes.io/restartedAt", "2026-11-02T10:00:00Z"), LABELS, IMAGES);

    // then
    assertThat(after).isNotEqualTo(before);
  }
}
