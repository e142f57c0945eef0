package dev.responder.remediator.adapter.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.responder.remediator.guard.FailureKind;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whether a failed COMMIT may have applied: only a lost answer leaves it in doubt; an error the
 * server answered means it refused the commit. (CrmJdbcIT loses the answer for real by terminating
 * the session.)
 */
class CrmJdbcCommitKindTest {

  @ParameterizedTest(name = "SQLSTATE {0} -> {1}")
  @CsvSource({
    "08006, IN_DOUBT", // connection failure: the answer was lost
    "08003, IN_DOUBT", // connection does not exist
    "57P01, IN_DOUBT", // the session was terminated by an administrator
    "57P02, IN_DOUBT", // crash shutdown
    "40003, IN_DOUBT", // statement completion unknown
    "40001, TRANSIENT", // serialization failure: rolled back, safe to retry
    "40P01, TRANSIENT", // deadlock: rolled back, safe to retry
    "23505, PERMANENT", // a deferred unique constraint refused the commit
    "25P02, PERMANENT", // the transaction was already aborted
  })
  void shouldCallACommitInDoubtOnlyWhenItsAnswerWasLost(String state, FailureKind expected) {
    assertThat(CrmJdbc.commitKind(new SQLException("commit failed", state))).isEqualTo(expected);
  }

  @Test
  void shouldCallACommitWithoutAnySqlStateInDoubt() {
    assertThat(CrmJdbc.commitKind(new SQLException("I/O error"))).isEqualTo(FailureKind.IN_DOUBT);
  }
}
