package dev.responder.bench;

/**
 * The benchmark's baseline: a JVM that loads one class and waits to be stopped. Run with the same
 * {@code JAVA_TOOL_OPTIONS} as a service, its resident set is what the JVM itself costs before any
 * of Responder's code or libraries, so each service's figure can be read as a ratio to it.
 */
public final class IdleJvm {

  private IdleJvm() {}

  public static void main(String[] args) throws InterruptedException {
    Thread.sleep(Long.MAX_VALUE);
  }
}
