package dev.responder.correlator.topology;

import dev.responder.correlator.domain.CommandValidator;
import dev.responder.schemas.avro.Command;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Turns a command the {@link CommandValidator} refused into a dead letter: the command as it was
 * read, with {@code responder.dlq.reason} = {@code INVALID_COMMAND: <why>} and the source
 * (topic-partition@offset) in headers, counted as a rejected command.
 */
final class CommandDeadLetters implements Processor<String, Command, String, Command> {

  static final String SOURCE_HEADER = "responder.dlq.source";

  private final Dispositions dispositions;
  private ProcessorContext<String, Command> context;

  CommandDeadLetters(Dispositions dispositions) {
    this.dispositions = dispositions;
  }

  @Override
  public void init(ProcessorContext<String, Command> context) {
    this.context = context;
  }

  @Override
  public void process(Record<String, Command> record) {
    String reason =
        "INVALID_COMMAND: "
            + CommandValidator.problemWith(record.value()).orElse("refused on arrival");
    String source =
        context
            .recordMetadata()
            .map(m -> Dispositions.where(m.topic(), m.partition(), m.offset()))
            .orElse("?");
    RecordHeaders headers = new RecordHeaders(record.headers().toArray());
    headers.remove(AlertDeadLetterHandler.REASON_HEADER);
    headers.remove(SOURCE_HEADER);
    headers.add(AlertDeadLetterHandler.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
    headers.add(SOURCE_HEADER, source.getBytes(StandardCharsets.UTF_8));
    dispositions.rejectCommand(record.value().getCommandId(), reason, source);
    context.forward(record.withHeaders(headers));
  }
}
