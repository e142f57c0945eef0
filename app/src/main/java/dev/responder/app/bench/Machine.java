package dev.responder.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** One line naming the machine a run measured: cores, CPU model, memory, Java, load. */
final class Machine {

  private Machine() {}

  static String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores (%s), %s GiB, Java %s (%s), load average %s at the start",
        Runtime.getRuntime().availableProcessors(),
        field("/proc/cpuinfo", "model name"),
        memoryGiB(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"),
        firstWords("/proc/loadavg", 3));
  }

  private static String field(String file, String name) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(line -> line.startsWith(name))
          .map(line -> line.substring(line.indexOf(':') + 1).trim())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String memoryGiB() {
    String total = field("/proc/meminfo", "MemTotal");
    try {
      return String.format(Locale.ROOT, "%.1f", Long.parseLong(total.split("\\s+")[0]) / 1048576.0);
    } catch (RuntimeException e) {
      return "?";
    }
  }

  private static String firstWords(String file, int count) {
    try {
      String[] words = Files.readString(Path.of(file)).trim().split("\\s+");
      return String.join(" ", java.util.Arrays.copyOf(words, Math.min(count, words.length)));
    } catch (IOException e) {
      return "?";
    }
  }
}
