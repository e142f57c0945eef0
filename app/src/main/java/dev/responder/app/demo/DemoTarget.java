package dev.responder.app.demo;

import dev.responder.app.local.Endpoints;
import dev.responder.app.local.LocalDirectory;
import dev.responder.app.local.LocalOptions;
import dev.responder.app.local.LocalStack;
import dev.responder.schemas.catalog.Catalog;
import dev.responder.schemas.catalog.load.CatalogLoader;
import dev.responder.schemas.catalog.load.LoadResult;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The local stack the demo plays against: one already running for this repository (its {@code
 * endpoints.json} answers), left running afterwards; or one the demo starts in this process and
 * stops when it closes.
 */
final class DemoTarget implements AutoCloseable {

  private final Endpoints endpoints;
  private final URI simulator;
  private final Catalog catalog;
  private final List<String> catalogChanges;
  private final boolean startedHere;
  private final AutoCloseable stop;
  private final LocalDirectory directory;

  private DemoTarget(
      LocalDirectory directory,
      Endpoints endpoints,
      URI simulator,
      Catalog catalog,
      List<String> catalogChanges,
      boolean startedHere,
      AutoCloseable stop) {
    this.endpoints = endpoints;
    this.simulator = simulator;
    this.catalog = catalog;
    this.catalogChanges = List.copyOf(catalogChanges);
    this.startedHere = startedHere;
    this.stop = stop;
    this.directory = directory;
  }

  /** The running stack of this repository, when its endpoints are published and ingest answers. */
  static Optional<DemoTarget> attach(Path root) throws IOException {
    LocalDirectory directory = new LocalDirectory(root);
    Optional<Endpoints> endpoints = directory.readEndpoints().filter(Endpoints::ingestAnswers);
    if (endpoints.isEmpty()) {
      return Optional.empty();
    }
    String catalogText = Files.readString(directory.catalogFile());
    return Optional.of(
        new DemoTarget(
            directory,
            endpoints.get(),
            URI.create(Files.readString(directory.simulatorFile()).trim()),
            load(catalogText, directory.catalogFile()),
            catalogText.lines().findFirst().map(line -> List.of(line.substring(2))).orElseThrow(),
            false,
            () -> {}));
  }

  /**
   * Starts a stack in this process.
   *
   * @throws IllegalStateException when another {@code local} holds the repository's lock but does
   *     not answer yet
   */
  static DemoTarget start(LocalOptions options) throws Exception {
    LocalDirectory directory = new LocalDirectory(options.root());
    LocalDirectory.Lock lock =
        directory
            .tryLock()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "another 'responder local' holds "
                            + directory.path()
                            + " but does not answer yet; wait for it to be ready, or stop it"));
    LocalStack stack;
    try {
      stack = LocalStack.start(options, directory);
    } catch (Exception e) {
      lock.close();
      throw e;
    }
    return new DemoTarget(
        directory,
        stack.endpoints(),
        stack.simulator().controlUrl(),
        load(Files.readString(directory.catalogFile()), directory.catalogFile()),
        stack.catalogChanges(),
        true,
        () -> {
          stack.close();
          lock.close();
        });
  }

  private static Catalog load(String yaml, Path file) {
    LoadResult result = CatalogLoader.parse(yaml, file.toString());
    if (result instanceof LoadResult.Loaded loaded) {
      return loaded.catalog();
    }
    throw new IllegalStateException("the local catalog " + file + " does not load: " + result);
  }

  Endpoints endpoints() {
    return endpoints;
  }

  /** The operator API as a local user (the token file local mode wrote for them). */
  Approver approver(String user) throws IOException {
    if (endpoints.console() == null) {
      throw new IllegalStateException("the local stack runs no operator API to approve through");
    }
    return new Approver(
        URI.create(endpoints.console()),
        Files.readString(directory.operatorTokenFile(user)).strip(),
        user);
  }

  SimulatorClient simulator() {
    return new SimulatorClient(simulator);
  }

  IngestClient ingest() {
    return new IngestClient(
        URI.create(endpoints.ingest()), endpoints.ingestToken(), endpoints.eventsToken());
  }

  Catalog catalog() {
    return catalog;
  }

  List<String> catalogChanges() {
    return catalogChanges;
  }

  boolean startedHere() {
    return startedHere;
  }

  /** Stops the stack when the demo started it; leaves a stack it attached to running. */
  @Override
  public void close() throws Exception {
    stop.close();
  }
}
