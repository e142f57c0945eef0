package dev.responder.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.responder.schemas.avro.Alert;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes ingest's two body parsers with arbitrary bytes. Their contract ({@link PayloadParser}):
 * never throw on input; refuse a body as a whole with a {@link Problem}, or accept it with every
 * alert either normalised within the {@link PayloadLimits} or dead-lettered with its reason. Tight
 * limits here let the fuzzer reach every bound with small inputs. Seeds (in {@code
 * PayloadFuzzTestInputs/}) are Alertmanager 0.25's captured webhook and the documented CRM events.
 */
class PayloadFuzzTest {

  private static final PayloadLimits LIMITS = new PayloadLimits(8, 6, 64, 2048);
  private static final RequestMeta META =
      new RequestMeta("req-fuzz", Instant.parse("2026-11-27T05:08:40Z"));

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void shouldReadAlertmanagerWebhookOrRefuseIt(byte[] body) {
    checkContract(new AlertmanagerWebhookParser(LIMITS).parse(body, META), 0);
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void shouldReadCrmEventsOrRefuseThem(byte[] body) {
    // The limit counts an event's attributes; its type and key add three labels of their own.
    checkContract(new CrmEventParser(LIMITS).parse(body, META), 3);
  }

  private static void checkContract(ParseOutcome outcome, int derivedLabels) {
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      checkProblem(rejected.problem());
      return;
    }
    ParseOutcome.Accepted accepted = (ParseOutcome.Accepted) outcome;
    assertThat(accepted.alerts()).hasSizeLessThanOrEqualTo(LIMITS.maxAlerts());
    assertThat(accepted.truncatedAlerts()).isNotNegative();
    for (Alert alert : accepted.alerts()) {
      assertThat(alert.getFingerprint()).isNotBlank();
      assertThat(alert.getLabels()).hasSizeLessThanOrEqualTo(LIMITS.maxLabels() + derivedLabels);
      for (Map.Entry<String, String> label : alert.getLabels().entrySet()) {
        assertThat(label.getKey().length()).isLessThanOrEqualTo(LIMITS.maxLabelLength());
        assertThat(label.getValue().length()).isLessThanOrEqualTo(LIMITS.maxLabelLength());
      }
      assertThat(alert.getReceivedAt()).isEqualTo(META.receivedAt());
    }
    for (DeadLetter deadLetter : accepted.deadLetters()) {
      checkProblem(deadLetter.problem());
    }
  }

  private static void checkProblem(Problem problem) {
    assertThat(problem.rejection()).isNotNull();
    // The limits count the sender's characters before escaping (a control character becomes a
    // six-character escape) and leave room for the note of how much was cut.
    assertThat(problem.message())
        .isNotBlank()
        .hasSizeLessThanOrEqualTo(printableBound(Problem.MESSAGE_LIMIT));
    assertThat(problem.printablePointer())
        .hasSizeLessThanOrEqualTo(printableBound(Problem.POINTER_LIMIT));
  }

  private static int printableBound(int limit) {
    return limit * "\\u0000".length() + "...(2147483647 more characters)".length();
  }
}
