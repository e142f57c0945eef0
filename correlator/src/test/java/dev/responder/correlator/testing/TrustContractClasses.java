package dev.responder.correlator.testing;

import dev.responder.schemas.serde.ContractClassTrust;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Trusts the contract's generated Avro classes before any test class runs. Production builds its
 * serdes (which install the trust) before it copies a record; domain tests copy records without a
 * serde, so this extension, registered for every test through JUnit's extension autodetection
 * (src/test/resources), stands in for a JVM-wide system property.
 */
public final class TrustContractClasses implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    ContractClassTrust.install();
  }
}
