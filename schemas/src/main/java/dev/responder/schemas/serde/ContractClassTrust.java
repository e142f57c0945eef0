package dev.responder.schemas.serde;

import dev.responder.schemas.avro.Alert;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.avro.specific.AvroGenerated;
import org.apache.avro.util.ClassSecurityValidator;

/**
 * Tells Avro to trust the contract's generated classes. Since 1.12.2 (AVRO-4189) Avro refuses to
 * load any class by a schema's name unless trusted, the application's own generated records
 * included. Rather than asking every JVM for a {@code -Dorg.apache.avro.SERIALIZABLE_PACKAGES}
 * flag, this adds trust for exactly the {@code @AvroGenerated} classes of the contract package, on
 * top of whatever the JVM already trusts. Every serde installs it; code that builds or copies
 * contract records before any serde exists (tests, tools) calls {@link #install()} itself.
 */
public final class ContractClassTrust {

  private static final String CONTRACT_PACKAGE = Alert.class.getPackageName();
  private static final AtomicBoolean INSTALLED = new AtomicBoolean();

  private ContractClassTrust() {}

  /** Installs the trust once per JVM; later calls do nothing. */
  public static void install() {
    if (INSTALLED.compareAndSet(false, true)) {
      ClassSecurityValidator.setGlobal(
          ClassSecurityValidator.composite(
              ClassSecurityValidator.getGlobal(), ContractClassTrust::isContractClass));
    }
  }

  static boolean isContractClass(Class<?> type) {
    return type.getPackageName().equals(CONTRACT_PACKAGE)
        && type.isAnnotationPresent(AvroGenerated.class);
  }
}
