package dev.responder.remediator.crm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A failed post's cause comes from the facts first, and from its error text only as a fallback. */
class PostFailureCauseTest {

  @Test
  void shouldBlameTheTokenWhenThePostsConnectionHasExpiredWhateverTheTextSays() {
    PostFailureCause cause =
        PostFailureCause.decide(Optional.of(true), Optional.empty(), "500 Internal Server Error");

    assertThat(cause).isEqualTo(PostFailureCause.TOKEN_EXPIRED);
  }

  @Test
  void shouldTakeTheCauseFromTheErrorCodeBeforeTheText() {
    PostFailureCause cause =
        PostFailureCause.decide(
            Optional.of(false), Optional.of("rate_limited"), "content rejected by policy");

    assertThat(cause).isEqualTo(PostFailureCause.RATE_LIMITED);
  }

  @Test
  void shouldReadEachDocumentedCode() {
    assertThat(PostFailureCause.ofCode("TOKEN_EXPIRED")).contains(PostFailureCause.TOKEN_EXPIRED);
    assertThat(PostFailureCause.ofCode("429")).contains(PostFailureCause.RATE_LIMITED);
    assertThat(PostFailureCause.ofCode("POLICY_VIOLATION"))
        .contains(PostFailureCause.CONTENT_REJECTED);
    assertThat(PostFailureCause.ofCode("E_SOMETHING")).isEmpty();
  }

  @Test
  void shouldFallBackToTheTextWhenNoFactSays() {
    PostFailureCause cause =
        PostFailureCause.decide(
            Optional.empty(), Optional.of("E_UNKNOWN"), "Content rejected: violates policy");

    assertThat(cause).isEqualTo(PostFailureCause.CONTENT_REJECTED);
  }

  @Test
  void shouldNotBlameTheTokenOfAConnectionThatIsStillValid() {
    PostFailureCause cause =
        PostFailureCause.decide(Optional.of(false), Optional.empty(), "upstream 500");

    assertThat(cause).isEqualTo(PostFailureCause.OTHER);
  }
}
