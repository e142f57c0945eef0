package dev.responder.remediator.port;

import java.time.Duration;

/**
 * The CRM's PostgreSQL database: the runbook's queries and its two repairs. Each method names the
 * database it expects; a database the adapter is not connected to is a permanent failure.
 */
public interface CrmDatabase {

  /** Figures total, active, idle of the database's sessions. */
  Result connectionCount(String database);

  /** Terminates sessions idle for longer than {@code idleFor}; figure terminated. */
  Result terminateIdleConnections(String database, Duration idleFor);

  /** The latest FAILED posts; figures failed, tokenExpired, rateLimited, contentRejected, other. */
  Result failedSocialPosts(String database, int limit);

  /** Connections whose token expired; figure expired, one line per connection. */
  default Result expiredSocialTokens(String database) {
    return expiredAccounts(database).result();
  }

  /** Connections whose token expired, as evidence and as accounts whose owners must act. */
  ExpiredAccounts expiredAccounts(String database);

  /** Re-queues up to {@code maxPosts} FAILED posts of {@code reason} after {@code delay}. */
  Result retrySocialPosts(String database, String reason, Duration delay, int maxPosts);

  /** The latest FAILED sync events; figure failed. */
  Result failedSyncEvents(String database, int limit);

  /** FAILED sync events created within {@code since} back to PENDING; figure rowsChanged. */
  Result retryFailedSyncEvents(String database, Duration since);
}
