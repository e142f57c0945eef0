package dev.responder.correlator.domain;

/**
 * Where an incident lives for inhibition: namespace plus service, as Alertmanager's inhibit rules
 * compare {@code equal: [namespace, service]}. Missing parts are kept as empty strings, which
 * Alertmanager treats like missing labels.
 */
public record Scope(String namespace, String service) {

  public Scope {
    namespace = namespace == null ? "" : namespace;
    service = service == null ? "" : service;
  }

  /** The scope as one string: the key the correlator partitions incidents by. */
  public String key() {
    return namespace + "/" + service;
  }
}
