package dev.responder.correlator.domain;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Incident ids such as {@code INC-20261127-7F3AK2M9}: the UTC day of detection and a 40-bit serial
 * in Crockford base32. The serial is scrambled by a bijection of the 40-bit numbers (multiplication
 * by an odd constant), so distinct serials always give distinct ids while consecutive ones do not
 * look alike. Where serials come from, and why they never repeat, is the {@link IncidentIdSource}'s
 * contract.
 */
public final class IncidentIds {

  /** The number of serials; a serial is taken modulo this. */
  public static final long SERIALS = 1L << 40;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
  private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
  private static final int SUFFIX_LENGTH = 8;
  private static final long SCRAMBLE = 0x9E3779B97FL | 1;

  private IncidentIds() {}

  /** The id of the incident detected on {@code day} with this serial. */
  public static String of(Instant day, long serial) {
    long bits = (Math.floorMod(serial, SERIALS) * SCRAMBLE) & (SERIALS - 1);
    char[] suffix = new char[SUFFIX_LENGTH];
    for (int i = SUFFIX_LENGTH - 1; i >= 0; i--) {
      suffix[i] = CROCKFORD[(int) (bits & 31)];
      bits >>>= 5;
    }
    return "INC-" + DAY.format(day) + "-" + new String(suffix);
  }
}
