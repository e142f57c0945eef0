package dev.responder.remediator.adapter.http;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where to really send a health check whose catalog URL is a name, not an address: the catalog (and
 * so the allowlist, the action keys and the outcomes) keeps naming {@code
 * https://crm-api.crm.example/health}, and the probe calls the address mapped to it, e.g. a
 * simulated backend on loopback in local mode. Only allowlisted catalog URLs may be mapped.
 */
public record HealthUrlOverrides(Map<String, URI> byCatalogUrl) {

  public static final HealthUrlOverrides NONE = new HealthUrlOverrides(Map.of());

  /** {@code catalogUrl=actualUrl}: the catalog URL ends at the first {@code =http(s)://}. */
  private static final Pattern ENTRY = Pattern.compile("(https?://\\S+?)=(https?://\\S+)");

  public HealthUrlOverrides {
    byCatalogUrl = Map.copyOf(byCatalogUrl);
  }

  /**
   * Reads {@code catalogUrl=actualUrl,catalogUrl=actualUrl}; {@code what} names the setting in the
   * error, which says which entry is wrong.
   */
  public static HealthUrlOverrides parse(String text, String what) {
    if (text == null || text.isBlank()) {
      return NONE;
    }
    Map<String, URI> overrides = new LinkedHashMap<>();
    for (String entry : text.split(",")) {
      Matcher matcher = ENTRY.matcher(entry.strip());
      if (!matcher.matches()) {
        throw new IllegalArgumentException(
            what
                + ": '"
                + entry.strip()
                + "' is not catalogUrl=actualUrl (both http:// or https:// URLs)");
      }
      URI actual = URI.create(matcher.group(2));
      if (overrides.put(matcher.group(1), actual) != null) {
        throw new IllegalArgumentException(what + ": " + matcher.group(1) + " is mapped twice");
      }
    }
    return new HealthUrlOverrides(overrides);
  }

  /** The catalog URLs mapped here that are not in {@code allowlisted}. */
  public List<String> notAllowlisted(Collection<String> allowlisted) {
    return byCatalogUrl.keySet().stream().filter(url -> !allowlisted.contains(url)).toList();
  }

  /** The address to call for {@code catalogUrl}: its override, or itself. */
  public URI resolve(String catalogUrl) {
    return byCatalogUrl.getOrDefault(catalogUrl, URI.create(catalogUrl));
  }
}
