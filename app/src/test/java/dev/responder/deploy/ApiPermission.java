package dev.responder.deploy;

import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Kubernetes API permission as RBAC sees a request: API group, resource (with subresource),
 * verb, namespace and object name (empty for collections). Built from a recorded HTTP request the
 * way the API server's request-info resolver does for namespaced resource paths.
 */
record ApiPermission(
    String group, String resource, String verb, String namespace, Optional<String> name) {

  private static final Pattern PATH =
      Pattern.compile(
          "^/(?:api/v1|apis/(?<group>[^/]+)/[^/]+)/namespaces/(?<namespace>[^/]+)"
              + "/(?<resource>[^/]+)(?:/(?<name>[^/]+)(?:/(?<sub>[^/]+))?)?$");

  /** The permission a request needs, from its method and path (query ignored). */
  static ApiPermission of(String method, String pathAndQuery) {
    String path = pathAndQuery.split("\\?", 2)[0];
    Matcher matcher = PATH.matcher(path);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "not a namespaced resource request: " + method + " " + path);
    }
    String group = matcher.group("group") == null ? "" : matcher.group("group");
    Optional<String> name = Optional.ofNullable(matcher.group("name"));
    String resource =
        matcher.group("resource")
            + (matcher.group("sub") == null ? "" : "/" + matcher.group("sub"));
    boolean watch = pathAndQuery.contains("watch=true");
    return new ApiPermission(
        group, resource, verb(method, name.isPresent(), watch), matcher.group("namespace"), name);
  }

  private static String verb(String method, boolean named, boolean watch) {
    return switch (method) {
      case "GET" -> watch ? "watch" : named ? "get" : "list";
      case "POST" -> "create";
      case "PUT" -> "update";
      case "PATCH" -> "patch";
      case "DELETE" -> named ? "delete" : "deletecollection";
      default -> throw new IllegalArgumentException("no RBAC verb for HTTP " + method);
    };
  }

  /** Whether the rule allows this permission, including its resourceNames restriction. */
  boolean grantedBy(PolicyRule rule) {
    boolean names =
        rule.getResourceNames() == null
            || rule.getResourceNames().isEmpty()
            || name.map(rule.getResourceNames()::contains).orElse(false);
    return rule.getApiGroups().contains(group)
        && rule.getResources().contains(resource)
        && rule.getVerbs().contains(verb)
        && names;
  }

  /** The (group, resource, verb) triples a rule grants, for comparing with what is used. */
  static List<String> grants(PolicyRule rule) {
    List<String> grants = new ArrayList<>();
    for (String group : rule.getApiGroups()) {
      for (String resource : rule.getResources()) {
        for (String verb : rule.getVerbs()) {
          grants.add(triple(group, resource, verb));
        }
      }
    }
    return grants;
  }

  String triple() {
    return triple(group, resource, verb);
  }

  private static String triple(String group, String resource, String verb) {
    return verb + " " + (group.isEmpty() ? "" : group + "/") + resource;
  }
}
