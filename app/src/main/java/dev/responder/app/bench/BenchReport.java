package dev.responder.app.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The results of one {@code responder bench} run: the figures with their baselines and ratios,
 * notes on what was skipped or bounds a figure, and the machine. Rendered as a plain-text table,
 * Markdown and JSON; the Markdown is what docs/benchmarks.md quotes.
 */
public final class BenchReport {

  private final String command;
  private final String machine;
  private final String startedAt;
  private final List<Figure> figures = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private double elapsedSeconds = Double.NaN;

  public BenchReport(String command, String machine, String startedAt) {
    this.command = command;
    this.machine = machine;
    this.startedAt = startedAt;
  }

  public synchronized void add(Figure figure) {
    figures.add(figure);
  }

  public synchronized void note(String note) {
    notes.add(note);
  }

  public synchronized void finished(double seconds) {
    elapsedSeconds = seconds;
  }

  public synchronized List<Figure> figures() {
    return List.copyOf(figures);
  }

  /** The value of the figure named {@code name} measured earlier in this run, or {@code NaN}. */
  public synchronized double valueOf(String name) {
    return figures.stream()
        .filter(f -> f.name().equals(name))
        .mapToDouble(Figure::value)
        .findFirst()
        .orElse(Double.NaN);
  }

  /** Alertmanager's resident bytes per alert it holds, when the ingest suite measured it. */
  public double alertmanagerBytesPerAlert() {
    return valueOf(IngestBench.ALERTMANAGER_BYTES_PER_ALERT);
  }

  public synchronized List<String> notes() {
    return List.copyOf(notes);
  }

  /** The table a person reads at the end of the run. */
  public synchronized void printTable(PrintWriter out) {
    String format = "%-11s %-58s %14s %-14s %-40s %14s %7s%n";
    out.printf(
        format, "suite", "figure", "value", "unit", "baseline (same run)", "baseline", "ratio");
    for (Figure f : figures) {
      out.printf(
          format,
          f.suite(),
          truncate(f.name(), 58),
          number(f.value()),
          truncate(f.unit(), 14),
          truncate(f.baselineName(), 40),
          number(f.baselineValue()),
          ratio(f.ratio()));
    }
    for (String note : notes) {
      out.println("note: " + note);
    }
    out.flush();
  }

  public synchronized String markdown() {
    StringBuilder md = new StringBuilder();
    md.append("# Benchmark results, ").append(startedAt).append("\n\n");
    md.append("Command: `").append(command).append("`  \n");
    md.append("Machine: ").append(machine).append("  \n");
    md.append("Elapsed: ").append(number(elapsedSeconds)).append(" s\n\n");
    md.append(
        "| suite | figure | value | unit | baseline (same run) | baseline | ratio | note |\n");
    md.append("|---|---|---:|---|---|---:|---:|---|\n");
    for (Figure f : figures) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
              f.suite(),
              cell(f.name()),
              number(f.value()),
              cell(f.unit()),
              cell(f.baselineName()),
              number(f.baselineValue()),
              ratio(f.ratio()),
              cell(f.note())));
    }
    if (!notes.isEmpty()) {
      md.append("\nNotes:\n\n");
      notes.forEach(note -> md.append("- ").append(note).append('\n'));
    }
    return md.toString();
  }

  public synchronized String json() {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("command", command);
    root.put("machine", machine);
    root.put("startedAt", startedAt);
    root.put("elapsedSeconds", elapsedSeconds);
    ArrayNode list = root.putArray("figures");
    for (Figure f : figures) {
      ObjectNode node = list.addObject();
      node.put("suite", f.suite());
      node.put("name", f.name());
      putNumber(node, "value", f.value());
      node.put("unit", f.unit());
      node.put("baseline", f.baselineName());
      putNumber(node, "baselineValue", f.baselineValue());
      putNumber(node, "ratio", f.ratio());
      node.put("note", f.note());
    }
    ArrayNode noteList = root.putArray("notes");
    notes.forEach(noteList::add);
    try {
      return mapper.writeValueAsString(root) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("cannot render the results as JSON", e);
    }
  }

  /**
   * Writes {@code bench-STAMP.json} and {@code .md} into {@code directory}, and the same as {@code
   * latest.json}/{@code latest.md} (what the docs' tables are copied from); returns the Markdown
   * file.
   */
  public Path write(Path directory, String stamp) throws IOException {
    Files.createDirectories(directory);
    Path markdown = directory.resolve("bench-" + stamp + ".md");
    Files.writeString(markdown, markdown(), StandardCharsets.UTF_8);
    Files.writeString(
        directory.resolve("bench-" + stamp + ".json"), json(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("latest.md"), markdown(), StandardCharsets.UTF_8);
    Files.writeString(directory.resolve("latest.json"), json(), StandardCharsets.UTF_8);
    return markdown;
  }

  private static void putNumber(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "-";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.2fx", value);
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }

  private static String truncate(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 1) + "~";
  }
}
