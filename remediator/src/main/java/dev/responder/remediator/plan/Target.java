package dev.responder.remediator.plan;

/**
 * What a step reads or changes, e.g. {@code crm/deployment/crm-backend}: one part of the action
 * key, the unit of cooldown, and what the allowlists are checked against.
 *
 * @param kind the allowlist kind (deployment, namespace, database, redisKey, healthEndpoint,
 *     channel)
 * @param name the allowlisted name (deployment name, database name, key, URL, channel)
 * @param path the display and key form
 */
public record Target(String kind, String name, String path) {

  /** The target of an operation, from the parameter that names what it touches. */
  public static Target of(String operation, StepParams params) {
    String system =
        operation.substring(
            0, operation.indexOf('.') < 0 ? operation.length() : operation.indexOf('.'));
    return switch (system) {
      case "kubernetes" -> kubernetes(params);
      case "redis" -> new Target("redisKey", params.text("key"), "redis/" + params.text("key"));
      case "postgres" ->
          new Target("database", params.text("database"), "postgres/" + params.text("database"));
      case "http" -> new Target("healthEndpoint", params.text("url"), params.text("url"));
      case "notify" -> new Target("channel", params.text("to"), "channel/" + params.text("to"));
      default -> throw new IllegalArgumentException("no target rule for operation " + operation);
    };
  }

  private static Target kubernetes(StepParams params) {
    String namespace = params.text("namespace");
    return params
        .optionalText("deployment")
        .map(d -> new Target("deployment", d, namespace + "/deployment/" + d))
        .orElse(new Target("namespace", namespace, namespace + "/namespace"));
  }

  @Override
  public String toString() {
    return path;
  }
}
