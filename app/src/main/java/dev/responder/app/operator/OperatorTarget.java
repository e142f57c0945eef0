package dev.responder.app.operator;

import dev.responder.app.local.Endpoints;
import dev.responder.app.local.LocalDirectory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Where the operator API is and who calls it: {@code --url} and {@code --token-file}, or else a
 * running local stack's {@code endpoints.json} ({@code console}) and the token it wrote for {@code
 * --as USER} (carol, the approver, by default).
 */
public final class OperatorTarget {

  /** The local user the commands act as when no token file is given. */
  public static final String DEFAULT_LOCAL_USER = "carol";

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "the operator API's base URL (default: the local stack's 'console')")
  URI url;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description = "a file holding your API token (default: the local stack's token of --as)")
  Path tokenFile;

  @Option(
      names = "--as",
      paramLabel = "USER",
      description = "with a local stack: act as this local user (carol, dave, vic; default carol)")
  String as;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description = "the repository whose local stack to use (default: the current directory)")
  Path root = Path.of("");

  /** The API's base URL and the bearer token, or fails saying how to give them. */
  Resolved resolve() throws IOException {
    LocalDirectory local = new LocalDirectory(root);
    URI base =
        url != null
            ? url
            : local
                .readEndpoints()
                .map(Endpoints::console)
                .map(URI::create)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no operator API: give --url URL and --token-file FILE, or start"
                                + " './responder local' so "
                                + local.endpointsFile()
                                + " names it"));
    Path token =
        tokenFile != null
            ? tokenFile
            : local.operatorTokenFile(as == null ? DEFAULT_LOCAL_USER : as);
    if (!Files.isReadable(token)) {
      throw new IllegalArgumentException(
          "no token file "
              + token
              + (tokenFile == null ? " (the local stack writes one per local user)" : ""));
    }
    return new Resolved(base, Files.readString(token).strip());
  }

  /** The API to call and the token to call it with. */
  record Resolved(URI base, String token) {}
}
