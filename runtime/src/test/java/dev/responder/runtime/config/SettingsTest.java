package dev.responder.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettingsTest {

  @TempDir Path dir;

  private static Settings of(String... entries) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < entries.length; i += 2) {
      values.put(entries[i], entries[i + 1]);
    }
    return new Settings(values);
  }

  @Test
  void shouldReadTextWithoutSurroundingWhitespaceAndDefaultWhenAbsentOrBlank() {
    Settings settings = of("RESPONDER_A", "  kafka:9092 ", "RESPONDER_B", "  ");

    assertThat(settings.text("RESPONDER_A", "x")).isEqualTo("kafka:9092");
    assertThat(settings.text("RESPONDER_B", "x")).isEqualTo("x");
    assertThat(settings.text("RESPONDER_C", null)).isNull();
  }

  @Test
  void shouldReadARequiredEntryAndSayWhatToSetWhenItIsMissing() {
    Settings settings = of("RESPONDER_URL", "jdbc:postgresql://db/crm", "RESPONDER_BLANK", " ");

    assertThat(settings.required("RESPONDER_URL", "the database"))
        .isEqualTo("jdbc:postgresql://db/crm");
    assertThatThrownBy(() -> settings.required("RESPONDER_BLANK", "the database, e.g. jdbc:..."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_BLANK is required: the database, e.g. jdbc:...");
  }

  @Test
  void shouldReadAnIntegerWithinItsRange() {
    Settings settings = of("RESPONDER_N", " 7 ");

    assertThat(settings.integer("RESPONDER_N", 1, 1, 10)).isEqualTo(7);
    assertThat(settings.integer("RESPONDER_ABSENT", 3, 1, 10)).isEqualTo(3);
  }

  @ParameterizedTest
  @CsvSource({"abc", "0", "11", "1.5"})
  void shouldRefuseAnIntegerThatIsNoneOrOutOfRange(String given) {
    assertThatThrownBy(() -> of("RESPONDER_N", given).integer("RESPONDER_N", 1, 1, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_N must be an integer from 1 to 10, was '" + given + "'");
  }

  @Test
  void shouldReadAPortZeroMeaningAnyFreeOne() {
    assertThat(of("RESPONDER_PORT", "0").port("RESPONDER_PORT", 8080)).isZero();
    assertThat(of("RESPONDER_PORT", "65535").port("RESPONDER_PORT", 8080)).isEqualTo(65_535);
    assertThat(of().port("RESPONDER_PORT", 8080)).isEqualTo(8080);
  }

  @ParameterizedTest
  @CsvSource({"http", "-1", "65536"})
  void shouldRefuseAPortOutsideTheTcpRange(String given) {
    assertThatThrownBy(() -> of("RESPONDER_PORT", given).port("RESPONDER_PORT", 8080))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_PORT must be a port number from 0 to 65535, was '" + given + "'");
  }

  @ParameterizedTest
  @CsvSource({
    "true,true", "TRUE,true", "yes,true", "On,true", "1,true",
    "false,false", "False,false", "no,false", "OFF,false", "0,false"
  })
  void shouldReadEveryCommonSpellingOfAFlag(String given, boolean expected) {
    assertThat(of("RESPONDER_FLAG", given).flag("RESPONDER_FLAG", !expected)).isEqualTo(expected);
  }

  @Test
  void shouldDefaultAnAbsentFlagAndRefuseAnUnknownOne() {
    assertThat(of().flag("RESPONDER_FLAG", true)).isTrue();
    assertThatThrownBy(() -> of("RESPONDER_FLAG", "maybe").flag("RESPONDER_FLAG", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_FLAG must be true or false (or yes/no, on/off, 1/0), was 'maybe'");
  }

  @Test
  void shouldReadMillisecondsWithinTheirRange() {
    assertThat(of("RESPONDER_MS", "250").millis("RESPONDER_MS", 5, 0, 1000))
        .isEqualTo(Duration.ofMillis(250));
    assertThat(of().millis("RESPONDER_MS", 5, 0, 1000)).isEqualTo(Duration.ofMillis(5));
    assertThatThrownBy(() -> of("RESPONDER_MS", "2s").millis("RESPONDER_MS", 5, 0, 1000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_MS must be a number of milliseconds from 0 to 1000, was '2s'");
  }

  @Test
  void shouldReadSecondsWithinTheirRange() {
    assertThat(of("RESPONDER_S", "30").seconds("RESPONDER_S", 10, 1, 300))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(of().seconds("RESPONDER_S", 10, 1, 300)).isEqualTo(Duration.ofSeconds(10));
    assertThatThrownBy(() -> of("RESPONDER_S", "301").seconds("RESPONDER_S", 10, 1, 300))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_S must be a number of seconds from 1 to 300, was '301'");
  }

  @Test
  void shouldReadAnIsoDurationWithinItsRange() {
    Duration min = Duration.ofMinutes(1);
    Duration max = Duration.ofDays(7);

    assertThat(of("RESPONDER_AGE", "PT30M").duration("RESPONDER_AGE", "PT1H", min, max))
        .isEqualTo(Duration.ofMinutes(30));
    assertThat(of().duration("RESPONDER_AGE", "PT1H", min, max)).isEqualTo(Duration.ofHours(1));
  }

  @ParameterizedTest
  @CsvSource({"1h", "PT10S", "P8D"})
  void shouldRefuseADurationThatIsNotIsoOrOutOfRange(String given) {
    Settings settings = of("RESPONDER_AGE", given);

    assertThatThrownBy(
            () ->
                settings.duration(
                    "RESPONDER_AGE", "PT1H", Duration.ofMinutes(1), Duration.ofDays(7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_AGE must be an ISO-8601 duration (e.g. PT30M, PT12H) from PT1M to PT168H,"
                + " was '"
                + given
                + "'");
  }

  @Test
  void shouldReadASecretInlineOrFromItsFileWithoutTheTrailingNewline() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), "t0ken\r\n");

    assertThat(of("RESPONDER_TOKEN", "inline").secret("RESPONDER_TOKEN")).contains("inline");
    assertThat(of("RESPONDER_TOKEN_FILE", file.toString()).secret("RESPONDER_TOKEN"))
        .contains("t0ken");
    assertThat(of().secret("RESPONDER_TOKEN")).isEmpty();
  }

  @Test
  void shouldRefuseASecretGivenBothInlineAndAsAFile() {
    Settings settings = of("RESPONDER_TOKEN", "a", "RESPONDER_TOKEN_FILE", "/run/secrets/t");

    assertThatThrownBy(() -> settings.secret("RESPONDER_TOKEN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("set RESPONDER_TOKEN or RESPONDER_TOKEN_FILE, not both");
  }

  @Test
  void shouldRefuseAnEmptySecretFileNamingIt() throws Exception {
    Path file = Files.writeString(dir.resolve("token"), " \n");
    Settings settings = of("RESPONDER_TOKEN_FILE", file.toString());

    assertThatThrownBy(() -> settings.secret("RESPONDER_TOKEN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_TOKEN_FILE must name a file holding the secret, was '"
                + file
                + "', which is empty");
  }

  @Test
  void shouldRefuseAnUnreadableSecretFileNamingItAndTheCause() {
    Path missing = dir.resolve("no-such-file");
    Settings settings = of("RESPONDER_TOKEN_FILE", missing.toString());

    assertThatThrownBy(() -> settings.secret("RESPONDER_TOKEN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_TOKEN_FILE must name a readable file, was '"
                + missing
                + "' (NoSuchFileException: "
                + missing
                + ")");
  }

  @Test
  void shouldReadARequiredSecretAndNameBothFormsWhenItIsMissing() {
    assertThat(of("RESPONDER_URL", "redis://r").requiredSecret("RESPONDER_URL", "the Redis"))
        .isEqualTo("redis://r");
    assertThatThrownBy(() -> of().requiredSecret("RESPONDER_URL", "the Redis, e.g. redis://r"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RESPONDER_URL or RESPONDER_URL_FILE is required: the Redis, e.g. redis://r");
  }

  @Test
  void shouldRefuseARenamedEntryNamingItsNewName() {
    Map<String, String> renamed = Map.of("RESPONDER_CATALOG_FILE", "RESPONDER_CATALOG");

    assertThatCode(() -> of("RESPONDER_CATALOG", "runbooks/crm.yaml").refuseRenamed(renamed))
        .doesNotThrowAnyException();
    assertThatThrownBy(() -> of("RESPONDER_CATALOG_FILE", "x.yaml").refuseRenamed(renamed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "RESPONDER_CATALOG_FILE was renamed RESPONDER_CATALOG: set RESPONDER_CATALOG instead");
  }
}
