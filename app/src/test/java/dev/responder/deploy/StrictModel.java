package dev.responder.deploy;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Base of the test's typed models of the custom resources Responder ships (Strimzi's KafkaTopic,
 * the Prometheus Operator's PrometheusRule and ServiceMonitor): as in fabric8's own model, a field
 * the model does not know lands in {@link #getAdditionalProperties()}, where {@link TypedObjects}
 * finds it and fails the test.
 */
abstract class StrictModel {

  private final Map<String, Object> additionalProperties = new LinkedHashMap<>();

  @JsonAnyGetter
  public Map<String, Object> getAdditionalProperties() {
    return additionalProperties;
  }

  @JsonAnySetter
  public void setAdditionalProperty(String name, Object value) {
    additionalProperties.put(name, value);
  }
}
