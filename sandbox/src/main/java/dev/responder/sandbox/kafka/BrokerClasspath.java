package dev.responder.sandbox.kafka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The classpath of the child broker JVM.
 *
 * <p>It comes from {@code kafka-broker.classpath}, written at build time by the
 * maven-dependency-plugin's {@code build-classpath} goal: Maven already resolved kafka_2.13 and its
 * dependencies, so the list is exact (plus the slf4j-simple binding so the broker logs to its file)
 * and free of the test JVM's libraries. Filtering {@code java.class.path} instead would be
 * guesswork: under Surefire it is a single manifest-only jar. That is still the fallback when the
 * file is missing or stale (e.g. the local Maven repository moved), since {@code java -cp} follows
 * manifest {@code Class-Path} entries and this module has kafka_2.13 on its own classpath.
 */
final class BrokerClasspath {

  private static final Logger LOGGER = LoggerFactory.getLogger(BrokerClasspath.class);
  private static final String RESOURCE = "kafka-broker.classpath";

  private BrokerClasspath() {}

  /** The classpath string to pass to {@code java -cp}. */
  static String resolve() {
    String generated = readResource();
    if (generated != null && isUsable(generated)) {
      return generated;
    }
    LOGGER.warn(
        "{} missing or stale; starting the broker with this JVM's classpath instead", RESOURCE);
    return System.getProperty("java.class.path");
  }

  private static boolean isUsable(String classpath) {
    List<String> entries = Arrays.asList(classpath.split(File.pathSeparator));
    return entries.stream().anyMatch(entry -> entry.contains("kafka_2.13"))
        && entries.stream().allMatch(entry -> Files.exists(Path.of(entry)));
  }

  private static String readResource() {
    try (InputStream in = BrokerClasspath.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + RESOURCE, e);
    }
  }
}
