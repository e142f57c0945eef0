package dev.responder.app;

import picocli.CommandLine;

/** Entry point of the {@code responder} launcher. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    CommandLine commandLine = commandLine();
    int exitCode = commandLine.execute(args);
    // picocli's writers flush on println only; System.exit would drop a report or table printed
    // with print().
    commandLine.getOut().flush();
    commandLine.getErr().flush();
    System.exit(exitCode);
  }

  /** The configured command line, shared by {@link #main} and tests. */
  public static CommandLine commandLine() {
    return new CommandLine(new ResponderCommand()).setCaseInsensitiveEnumValuesAllowed(true);
  }
}
