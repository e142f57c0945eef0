package dev.responder.console.projection;

/**
 * Another process is writing the projection (it holds the projection's advisory lock). Only one
 * writer may append, or two could number the same chain row twice.
 */
public final class ProjectionBusyException extends RuntimeException {

  public ProjectionBusyException() {
    super("another process is writing the projection (it holds its advisory lock)");
  }
}
