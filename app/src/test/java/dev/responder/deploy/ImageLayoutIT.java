package dev.responder.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's contents without a Docker engine: {@code deploy/image/stage.sh} lays out the built
 * app as the Dockerfile does, and the Dockerfile's own ENTRYPOINT (with {@code /opt/responder}
 * moved to a temporary directory) runs the catalog check on the catalog the image ships. Runs after
 * {@code package}, which writes the app jar and its runtime classpath.
 */
class ImageLayoutIT {

  private static final String INSTALL_DIR = "/opt/responder";

  @Test
  void shouldRunTheResponderCommandFromTheStagedImageLayout(@TempDir Path image)
      throws IOException, InterruptedException {
    Path root = DeployFiles.root();
    Process stage =
        new ProcessBuilder("bash", "deploy/image/stage.sh", root.toString(), image.toString())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String staged = new String(stage.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(stage.waitFor()).as(staged).isZero();

    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String arg : entrypoint().subList(1, entrypoint().size())) {
      command.add(arg.replace(INSTALL_DIR, image.toString()));
    }
    command.addAll(List.of("catalog", "check", image.resolve("runbooks/crm.yaml").toString()));
    Process responder = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(responder.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(responder.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(responder.exitValue()).as(output).isZero();
    assertThat(output).contains("valid, catalog version");
    assertThat(Files.readString(image.resolve("classpath.argfile"))).startsWith("-cp\n" + image);
  }

  /** The exec-form ENTRYPOINT of the Dockerfile's final stage, as a list of arguments. */
  private static List<String> entrypoint() {
    String dockerfile = DeployFiles.read(DeployFiles.deploy("image/Dockerfile"));
    Matcher line = Pattern.compile("(?m)^ENTRYPOINT \\[(.*)\\]$").matcher(dockerfile);
    assertThat(line.find()).as("an exec-form ENTRYPOINT").isTrue();
    List<String> args = new ArrayList<>();
    Matcher quoted = Pattern.compile("\"([^\"]*)\"").matcher(line.group(1));
    while (quoted.find()) {
      args.add(quoted.group(1));
    }
    assertThat(args.get(0)).isEqualTo("java");
    return args;
  }
}
