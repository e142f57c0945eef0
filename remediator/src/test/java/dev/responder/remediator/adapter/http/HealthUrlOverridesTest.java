package dev.responder.remediator.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthUrlOverridesTest {

  private static final String CATALOG = "https://crm-api.crm.example/health";
  private static final String SETTING = "RESPONDER_REMEDIATOR_HEALTH_URL_OVERRIDES";

  @Test
  void shouldCallTheMappedAddressForACatalogUrl() {
    HealthUrlOverrides overrides =
        HealthUrlOverrides.parse(CATALOG + "=http://127.0.0.1:18080/health", SETTING);

    assertThat(overrides.resolve(CATALOG)).isEqualTo(URI.create("http://127.0.0.1:18080/health"));
    assertThat(overrides.resolve("https://other.example/health"))
        .isEqualTo(URI.create("https://other.example/health"));
  }

  @Test
  void shouldKeepAnEqualsSignInTheActualUrlsQuery() {
    HealthUrlOverrides overrides =
        HealthUrlOverrides.parse(
            CATALOG + "=http://sim:8080/health?probe=deep, https://b.example/h=http://b:1/h",
            SETTING);

    assertThat(overrides.resolve(CATALOG))
        .isEqualTo(URI.create("http://sim:8080/health?probe=deep"));
    assertThat(overrides.resolve("https://b.example/h")).isEqualTo(URI.create("http://b:1/h"));
  }

  @Test
  void shouldMapNothingWhenUnset() {
    assertThat(HealthUrlOverrides.parse(null, SETTING)).isEqualTo(HealthUrlOverrides.NONE);
    assertThat(HealthUrlOverrides.parse(" ", SETTING)).isEqualTo(HealthUrlOverrides.NONE);
  }

  @Test
  void shouldNameTheEntryThatIsNotAMapping() {
    assertThatThrownBy(() -> HealthUrlOverrides.parse(CATALOG + "=127.0.0.1:8080", SETTING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            SETTING
                + ": '"
                + CATALOG
                + "=127.0.0.1:8080' is not catalogUrl=actualUrl (both http:// or https:// URLs)");
  }

  @Test
  void shouldRefuseTheSameCatalogUrlMappedTwice() {
    assertThatThrownBy(
            () ->
                HealthUrlOverrides.parse(
                    CATALOG + "=http://a:1/h," + CATALOG + "=http://b:1/h", SETTING))
        .hasMessageContaining(CATALOG + " is mapped twice");
  }

  @Test
  void shouldReportTheCatalogUrlsThatAreNotAllowlisted() {
    HealthUrlOverrides overrides =
        HealthUrlOverrides.parse(
            CATALOG + "=http://a:1/h,https://evil.example/h=http://b:1/h", SETTING);

    assertThat(overrides.notAllowlisted(List.of(CATALOG)))
        .containsExactly("https://evil.example/h");
  }
}
