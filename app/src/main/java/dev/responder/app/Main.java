package dev.responder.app;

import picocli.CommandLine;

/** Entry point of the {@code responder} launcher. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new ResponderCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
