package dev.responder.remediator.adapter.postgres;

/**
 * The ledger database could not be read or written. The engine stops processing the event (it is
 * redelivered) rather than act without a record.
 */
public final class LedgerException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public LedgerException(String message, Throwable cause) {
    super(message, cause);
  }
}
