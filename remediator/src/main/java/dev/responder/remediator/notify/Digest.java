package dev.responder.remediator.notify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The one message that stands for a window's folded notifications: how many incidents of which
 * runbook in which scope since when, naming the first few. It stays short however big the storm.
 *
 * @param named the first folded incidents, at most {@link StormWindows#NAMED}
 */
public record Digest(
    String runbookId, String scope, Instant openedAt, int folded, List<String> named) {

  private static final DateTimeFormatter SINCE =
      DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  public Digest {
    Objects.requireNonNull(runbookId, "runbookId");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(openedAt, "openedAt");
    named = List.copyOf(named);
    if (folded < named.size()) {
      throw new IllegalArgumentException(
          "a digest of " + folded + " incidents cannot name " + named.size());
    }
  }

  /**
   * For example {@code 1999 more incidents of runbook api-unresponsive in scope crm/crm-backend
   * since 14:02 UTC: INC-2, INC-3 (and 1997 more)}.
   */
  public String text() {
    StringBuilder text =
        new StringBuilder()
            .append(folded)
            .append(folded == 1 ? " more incident" : " more incidents")
            .append(" of runbook ")
            .append(runbookId)
            .append(" in scope ")
            .append(displayScope())
            .append(" since ")
            .append(SINCE.format(openedAt));
    if (!named.isEmpty()) {
      text.append(": ").append(String.join(", ", named));
    }
    if (folded > named.size()) {
      text.append(" (and ").append(folded - named.size()).append(" more)");
    }
    return text.toString();
  }

  /** The scope without its empty parts ({@code crm/} reads {@code crm}); "none" when empty. */
  private String displayScope() {
    String shown =
        String.join("/", Arrays.stream(scope.split("/")).filter(part -> !part.isBlank()).toList());
    return shown.isEmpty() ? "none" : shown;
  }
}
