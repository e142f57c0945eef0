package dev.responder.ingest.payload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The examples in docs/crm-events.md are accepted as documented: the page cannot drift. */
class CrmEventsDocTest {

  private static final Path PAGE = Path.of("..", "docs", "crm-events.md");
  private static final Pattern JSON_BLOCK = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL);

  @Test
  void shouldAcceptEveryExampleOfTheDocumentedFormat() throws Exception {
    List<String> examples = new ArrayList<>();
    Matcher matcher = JSON_BLOCK.matcher(Files.readString(PAGE));
    while (matcher.find()) {
      examples.add(matcher.group(1));
    }
    CrmEventParser parser = new CrmEventParser(PayloadLimits.DEFAULTS);

    assertThat(examples).hasSize(6);
    assertThat(examples)
        .allSatisfy(
            example ->
                assertThat(
                        parser.parse(
                            example.getBytes(StandardCharsets.UTF_8),
                            AlertmanagerWebhookParserTest.META))
                    .isInstanceOf(ParseOutcome.Accepted.class));
  }
}
