package dev.responder.ingest.publish;

/**
 * The answer for one request: accepted (failure null) or the first failure seen, with a detail for
 * the log and the error body.
 */
public record PublishResult(PublishFailure failure, String detail) {

  private static final PublishResult ACCEPTED = new PublishResult(null, "");

  public static PublishResult accepted() {
    return ACCEPTED;
  }

  public static PublishResult failed(PublishFailure failure, String detail) {
    return new PublishResult(java.util.Objects.requireNonNull(failure, "failure"), detail);
  }

  public boolean isAccepted() {
    return failure == null;
  }
}
