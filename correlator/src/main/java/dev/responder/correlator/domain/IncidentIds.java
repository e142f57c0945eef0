package dev.responder.correlator.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Incident ids such as {@code INC-20261127-7F3AK2M9}: the UTC day of detection and 40 bits of a
 * hash of what opened the incident (group, alert fingerprint, startsAt), in Crockford base32. The
 * same input always gives the same id, so a replay or a restarted instance names incidents as the
 * first run did; 40 bits keep collisions negligible at thousands of incidents a day.
 */
public final class IncidentIds {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SUFFIX_LENGTH = 8;

  private IncidentIds() {}

  /** The id of the incident that this group's alert opens. */
  public static String of(String groupKey, String fingerprint, Instant startsAt) {
    byte[] hash = sha256(groupKey + "\n" + fingerprint + "\n" + startsAt.toEpochMilli());
    long bits = 0;
    for (int i = 0; i < 5; i++) {
      bits = (bits << 8) | (hash[i] & 0xFF);
    }
    char[] suffix = new char[SUFFIX_LENGTH];
    for (int i = SUFFIX_LENGTH - 1; i >= 0; i--) {
      suffix[i] = CROCKFORD[(int) (bits & 31)];
      bits >>>= 5;
    }
    return "INC-" + DAY.format(startsAt) + "-" + new String(suffix);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
