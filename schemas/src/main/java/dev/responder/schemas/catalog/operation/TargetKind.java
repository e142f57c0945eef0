package dev.responder.schemas.catalog.operation;

/**
 * A kind of thing an operation may touch. Every target parameter's value must appear in the
 * catalog's allowlist of that kind, named by {@link #allowlistField()}.
 */
public enum TargetKind {
  NAMESPACE("namespaces"),
  DEPLOYMENT("deployments"),
  DATABASE("databases"),
  REDIS_KEY("redisKeys"),
  HEALTH_ENDPOINT("healthEndpoints"),
  CHANNEL("channels");

  private final String allowlistField;

  TargetKind(String allowlistField) {
    this.allowlistField = allowlistField;
  }

  /** The field under {@code allowlists:} in the catalog that lists the allowed values. */
  public String allowlistField() {
    return allowlistField;
  }
}
