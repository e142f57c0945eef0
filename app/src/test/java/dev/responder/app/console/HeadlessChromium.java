package dev.responder.app.console;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, through Debian's chromium-driver: no browser download, no network of
 * its own (background networking, component updates and sync are off), a fresh profile for each
 * run. Missing packages fail the test with the command that installs them, never a skip.
 */
final class HeadlessChromium {

  static final Path BROWSER = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  private HeadlessChromium() {}

  static WebDriver start(Path profile) throws IOException {
    for (Path needed : List.of(BROWSER, DRIVER)) {
      if (!Files.isExecutable(needed)) {
        throw new IllegalStateException(
            "the console's browser tests need Debian's chromium and chromium-driver, and "
                + needed
                + " is missing: apt-get install chromium chromium-driver (.ci/run installs them)");
      }
    }
    Files.createDirectories(profile);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BROWSER.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox", // the tests run as root, where Chromium's sandbox cannot start
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DRIVER.toFile())
            .usingAnyFreePort()
            .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    // A click that submits a form returns before the next page is there on a loaded machine:
    // finding an element waits for it (up to this long) instead of failing at once.
    driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
    return driver;
  }

  /** Saves what the browser shows as {@code target/screenshots/NAME.png}; returns the file. */
  static Path screenshot(WebDriver browser, String name) throws IOException {
    Path file = Path.of("target", "screenshots", name + ".png");
    Files.createDirectories(file.getParent());
    Path taken = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(taken, file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }
}
