package dev.responder.deploy;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;

/**
 * Typed models of the custom resources in {@code deploy/}, holding the fields of their CRDs that
 * Responder uses (no published fabric8 model of Strimzi or the Prometheus Operator resolves with
 * fabric8 8 here). A field outside them fails the typed-parse tests, as an unknown field of a
 * built-in kind does.
 */
final class CustomResources {

  private CustomResources() {}

  /** Strimzi's {@code KafkaTopic} (kafka.strimzi.io/v1beta2). */
  @Group("kafka.strimzi.io")
  @Version("v1beta2")
  @Kind("KafkaTopic")
  public static final class KafkaTopic extends CustomResource<KafkaTopicSpec, Map<String, Object>>
      implements Namespaced {}

  /** The spec of a KafkaTopic. */
  public static final class KafkaTopicSpec extends StrictModel {
    public String topicName;
    public int partitions;
    public int replicas;
    public Map<String, Object> config;

    public String getTopicName() {
      return topicName;
    }

    public int getPartitions() {
      return partitions;
    }

    public int getReplicas() {
      return replicas;
    }

    public Map<String, Object> getConfig() {
      return config;
    }
  }

  /**
   * Strimzi's {@code KafkaUser} (kafka.strimzi.io/v1beta2): SCRAM authentication and simple ACLs.
   */
  @Group("kafka.strimzi.io")
  @Version("v1beta2")
  @Kind("KafkaUser")
  public static final class KafkaUser extends CustomResource<KafkaUserSpec, Map<String, Object>>
      implements Namespaced {}

  /** The spec of a KafkaUser. */
  public static final class KafkaUserSpec extends StrictModel {
    public UserAuthentication authentication;
    public UserAuthorization authorization;

    public UserAuthentication getAuthentication() {
      return authentication;
    }

    public UserAuthorization getAuthorization() {
      return authorization;
    }
  }

  /** How a KafkaUser authenticates ({@code scram-sha-512}, {@code tls}). */
  public static final class UserAuthentication extends StrictModel {
    public String type;

    public String getType() {
      return type;
    }
  }

  /** A KafkaUser's ACLs ({@code simple} authorization). */
  public static final class UserAuthorization extends StrictModel {
    public String type;
    public List<AclRule> acls;

    public String getType() {
      return type;
    }

    public List<AclRule> getAcls() {
      return acls;
    }
  }

  /** One ACL rule: a resource and the operations allowed on it. */
  public static final class AclRule extends StrictModel {
    public AclResource resource;
    public List<String> operations;
    public String host;
    public String type;

    public AclResource getResource() {
      return resource;
    }

    public List<String> getOperations() {
      return operations;
    }

    public String getHost() {
      return host;
    }
  }

  /** The resource of an ACL rule: a topic, group, transactional id or the cluster. */
  public static final class AclResource extends StrictModel {
    public String type;
    public String name;
    public String patternType;

    public String getType() {
      return type;
    }

    public String getName() {
      return name;
    }

    public String getPatternType() {
      return patternType;
    }
  }

  /** The Prometheus Operator's {@code PrometheusRule} (monitoring.coreos.com/v1). */
  @Group("monitoring.coreos.com")
  @Version("v1")
  @Kind("PrometheusRule")
  public static final class PrometheusRule
      extends CustomResource<PrometheusRuleSpec, Map<String, Object>> implements Namespaced {}

  /** The spec of a PrometheusRule: the groups of a Prometheus rules file. */
  public static final class PrometheusRuleSpec extends StrictModel {
    public List<RuleGroup> groups;

    public List<RuleGroup> getGroups() {
      return groups;
    }
  }

  /** One rule group. */
  public static final class RuleGroup extends StrictModel {
    public String name;
    public String interval;
    public List<Rule> rules;

    public String getName() {
      return name;
    }

    public List<Rule> getRules() {
      return rules;
    }
  }

  /** One alerting or recording rule. */
  public static final class Rule extends StrictModel {
    public String alert;
    public String record;
    public String expr;

    @JsonProperty("for")
    public String forDuration;

    public Map<String, String> labels;
    public Map<String, String> annotations;

    public String getAlert() {
      return alert;
    }

    public String getExpr() {
      return expr;
    }

    public Map<String, String> getLabels() {
      return labels;
    }

    public Map<String, String> getAnnotations() {
      return annotations;
    }
  }

  /** The Prometheus Operator's {@code ServiceMonitor} (monitoring.coreos.com/v1). */
  @Group("monitoring.coreos.com")
  @Version("v1")
  @Kind("ServiceMonitor")
  public static final class ServiceMonitor
      extends CustomResource<ServiceMonitorSpec, Map<String, Object>> implements Namespaced {}

  /** The spec of a ServiceMonitor. */
  public static final class ServiceMonitorSpec extends StrictModel {
    public LabelSelector selector;
    public List<Endpoint> endpoints;

    public LabelSelector getSelector() {
      return selector;
    }

    public List<Endpoint> getEndpoints() {
      return endpoints;
    }
  }

  /** A scraped endpoint of a ServiceMonitor. */
  public static final class Endpoint extends StrictModel {
    public String port;
    public String path;
    public String interval;

    public String getPort() {
      return port;
    }
  }
}
