package dev.responder.sandbox;

/**
 * A piece of infrastructure the sandbox started and must release. {@link #close()} stops it for
 * good and removes everything it left on disk; it is idempotent and never throws, so the shutdown
 * hook can call it on every component whatever state a failed test left it in.
 */
public interface SandboxComponent extends AutoCloseable {

  @Override
  void close();
}
