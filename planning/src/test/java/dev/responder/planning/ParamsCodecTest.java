package dev.responder.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamsCodecTest {

  @Test
  void shouldReadBackEveryParameterWithItsType() {
    StepParams params =
        StepParams.of(
            Map.of(
                "deployment",
                "crm-backend",
                "replicas",
                4,
                "idleFor",
                Duration.ofMinutes(10),
                "message",
                "Investigating: {title}\nline two = ok"));

    assertThat(ParamsCodec.decode(ParamsCodec.encode(params))).isEqualTo(params);
  }
}
