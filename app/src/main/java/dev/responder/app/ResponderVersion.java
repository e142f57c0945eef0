package dev.responder.app;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven stamped into the jar's manifest, or "development" from classes. */
public final class ResponderVersion implements IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = ResponderVersion.class.getPackage().getImplementationVersion();
    return new String[] {
      "responder " + (version == null ? "development build" : version),
      "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
    };
  }
}
