package dev.responder.remediator.service;

import dev.responder.remediator.guard.Switches;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kill switch and dry-run as an operator sets them now: each is on when its start-time flag is
 * on or its file (a mounted ConfigMap key, say) says so. The files are read again at every
 * decision, so flipping one takes effect with the next action, without a restart. A file that is
 * present but empty or says anything other than off, or cannot be read, counts as on: the safe
 * side.
 */
final class RuntimeSwitches implements Supplier<Switches> {

  private static final Logger LOGGER = LoggerFactory.getLogger(RuntimeSwitches.class);

  private final boolean killSwitch;
  private final Optional<Path> killSwitchFile;
  private final boolean dryRun;
  private final Optional<Path> dryRunFile;
  private final AtomicReference<Switches> last = new AtomicReference<>();

  RuntimeSwitches(
      boolean killSwitch,
      Optional<Path> killSwitchFile,
      boolean dryRun,
      Optional<Path> dryRunFile) {
    this.killSwitch = killSwitch;
    this.killSwitchFile = killSwitchFile;
    this.dryRun = dryRun;
    this.dryRunFile = dryRunFile;
  }

  @Override
  public Switches get() {
    Switches now = new Switches(killSwitch || isOn(killSwitchFile), dryRun || isOn(dryRunFile));
    Switches before = last.getAndSet(now);
    if (before != null && !before.equals(now)) {
      LOGGER.warn("Remediator switches changed from {} to {}", before, now);
    }
    return now;
  }

  /** What a switch file's content means; {@code null} content means the file is absent. */
  static boolean means(String content) {
    if (content == null) {
      return false;
    }
    return switch (content.strip().toLowerCase(Locale.ROOT)) {
      case "off", "false", "no", "0" -> false;
      default -> true;
    };
  }

  private static boolean isOn(Optional<Path> file) {
    if (file.isEmpty()) {
      return false;
    }
    try {
      return means(Files.readString(file.get(), StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return false;
    } catch (IOException e) {
      LOGGER.warn("Cannot read switch file {} ({}); treating the switch as on", file.get(), e);
      return true;
    }
  }
}
