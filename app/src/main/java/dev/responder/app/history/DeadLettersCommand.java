package dev.responder.app.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.responder.ingest.payload.SenderText;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.common.KafkaException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code responder dead-letters}: the alerts that were kept rather than processed, newest last,
 * each with where it came from, its reason, the JSON pointer of the field at fault and the alert as
 * sent. Text a sender wrote is printed escaped, so a dead letter cannot paint the terminal.
 */
@Command(
    name = "dead-letters",
    mixinStandardHelpOptions = true,
    description =
        "List the dead letters on responder.alerts.dlq.v1: alerts ingest or the correlator could"
            + " not read, with reason and JSON pointer.")
public final class DeadLettersCommand implements Callable<Integer> {

  /** How much of a dead letter's JSON the text output shows. */
  static final int VALUE_SHOWN = 300;

  @Spec CommandSpec spec;

  @Mixin HistoryEndpoints endpoints;

  @Option(names = "--json", description = "print JSON")
  boolean json;

  @Option(
      names = "--limit",
      paramLabel = "N",
      defaultValue = "100",
      description = "show the newest N (default: ${DEFAULT-VALUE})")
  int limit;

  @Override
  public Integer call() throws Exception {
    List<DeadLetters.Letter> letters;
    try {
      letters = DeadLetters.read(endpoints.kafkaOrFail(), Math.max(1, limit));
    } catch (IllegalArgumentException | KafkaException e) {
      spec.commandLine().getErr().println("responder dead-letters: " + e.getMessage());
      return ExitCode.USAGE;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(
          new ObjectMapper()
              .enable(SerializationFeature.INDENT_OUTPUT)
              .writeValueAsString(letters.stream().map(DeadLetters.Letter::toMap).toList()));
    } else {
      letters.forEach(letter -> print(out, letter));
      out.println(letters.size() + " dead letters shown (newest last)");
    }
    out.flush();
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, DeadLetters.Letter letter) {
    out.printf(
        "%s  offset %d  %s  %s  at %s  request %s%n",
        letter.timestamp(),
        letter.offset(),
        shown(letter.source(), 40),
        shown(letter.reason(), 60),
        shown(letter.pointer(), 120),
        shown(letter.requestId(), 128));
    out.println("    " + shown(letter.message(), 600));
    out.println("    " + shown(letter.value(), VALUE_SHOWN));
  }

  private static String shown(String text, int limit) {
    return text == null ? "-" : SenderText.printable(text, limit);
  }
}
