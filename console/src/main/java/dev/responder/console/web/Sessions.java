package dev.responder.console.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's sessions, in memory: a restart signs everyone out, which is the safe side for
 * credentials that are never written anywhere. A session idle for {@link #IDLE} ends. Signing in
 * replaces the anonymous session with a new id, so an id planted before sign-in is worthless.
 */
final class Sessions {

  static final Duration IDLE = Duration.ofHours(8);
  static final String COOKIE = "responder_session";

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> byId = new ConcurrentHashMap<>();
  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** The live session with this id, or empty. */
  Optional<Session> find(String id) {
    if (id == null) {
      return Optional.empty();
    }
    Session session = byId.get(id);
    Instant now = clock.instant();
    if (session == null) {
      return Optional.empty();
    }
    if (session.lastSeen().plus(IDLE).isBefore(now)) {
      byId.remove(id);
      return Optional.empty();
    }
    session.seen(now);
    return Optional.of(session);
  }

  /** A new session, anonymous or signed in. */
  Session open(Optional<Operator> operator) {
    purgeIdle();
    Session session = new Session(token(), token(), operator, clock.instant());
    byId.put(session.id(), session);
    return session;
  }

  void close(Session session) {
    byId.remove(session.id());
  }

  private void purgeIdle() {
    Instant oldest = clock.instant().minus(IDLE);
    byId.values().removeIf(s -> s.lastSeen().isBefore(oldest));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
