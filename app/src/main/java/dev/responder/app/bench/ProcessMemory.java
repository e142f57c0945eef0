package dev.responder.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, read from Linux's {@code /proc/PID/status}. */
final class ProcessMemory {

  private ProcessMemory() {}

  /** VmRSS in MiB, or {@code NaN} when the process is gone or the file unreadable. */
  static double rssMiB(long pid) {
    return field(pid, "VmRSS:");
  }

  /** VmHWM (peak resident set) in MiB, or {@code NaN}. */
  static double peakMiB(long pid) {
    return field(pid, "VmHWM:");
  }

  private static double field(long pid, String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith(name)) {
          return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]) / 1024.0;
        }
      }
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }

  /** The total size of the regular files under {@code directory}, in bytes (0 when missing). */
  static long directoryBytes(Path directory) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    try (var files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .mapToLong(
              file -> {
                try {
                  return Files.size(file);
                } catch (IOException e) {
                  return 0; // RocksDB removed it while we walked
                }
              })
          .sum();
    } catch (IOException | java.io.UncheckedIOException e) {
      return 0;
    }
  }
}
