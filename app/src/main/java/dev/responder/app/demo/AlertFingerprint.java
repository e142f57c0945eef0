package dev.responder.app.demo;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fingerprint Alertmanager gives an alert: Prometheus' label-set signature, 64-bit FNV-1a over
 * the label names and values in name order, each followed by the byte 0xFF, as 16 hex digits. The
 * demo's alerts carry the fingerprint a real Alertmanager would compute for their labels.
 */
final class AlertFingerprint {

  private static final long OFFSET = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private static final int SEPARATOR = 0xff;

  private AlertFingerprint() {}

  static String of(Map<String, String> labels) {
    long hash = OFFSET;
    for (Map.Entry<String, String> label : new TreeMap<>(labels).entrySet()) {
      hash = add(hash, label.getKey());
      hash = addByte(hash, SEPARATOR);
      hash = add(hash, label.getValue());
      hash = addByte(hash, SEPARATOR);
    }
    return String.format("%016x", hash);
  }

  private static long add(long hash, String text) {
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash = addByte(hash, b & 0xff);
    }
    return hash;
  }

  private static long addByte(long hash, int b) {
    return (hash ^ b) * PRIME;
  }
}
