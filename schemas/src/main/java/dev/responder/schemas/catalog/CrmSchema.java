package dev.responder.schemas.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The CRM columns Responder reads: those the operators' runbook's own SQL names (fixed, see {@link
 * #RUNBOOK_COLUMNS}), and the few more it needs, each named in the catalog's {@code crmSchema}
 * section so that {@code catalog check --jdbc} can verify them against a live database. Every name
 * is a plain SQL identifier (checked by the loader), since it is written into queries.
 *
 * @param postErrorCode {@code "SocialPost"}'s status or error-code column, read before the error
 *     text to tell a failure's cause; empty when the CRM has none (the text patterns decide alone)
 * @param postConnection {@code "SocialPost"}'s column naming its {@code "SocialConnection"} id, so
 *     a post of an expired connection is known to have failed for the token
 * @param postRetryCount {@code "SocialPost"}'s retry counter, raised by a retry
 * @param postNextAttempt {@code "SocialPost"}'s earliest next attempt, set by a delayed retry
 * @param connectionId {@code "SocialConnection"}'s key
 * @param connectionOwner {@code "SocialConnection"}'s owner, who must re-authenticate
 */
public record CrmSchema(
    Optional<String> postErrorCode,
    String postConnection,
    String postRetryCount,
    String postNextAttempt,
    String connectionId,
    String connectionOwner) {

  /** The columns of each table that the operators' runbook's SQL itself reads or writes. */
  public static final Map<String, List<String>> RUNBOOK_COLUMNS =
      Map.of(
          "SocialPost", List.of("id", "platform", "status", "error_message", "created_at"),
          "SocialConnection", List.of("platform", "token_expires_at"),
          "SyncLog", List.of("status", "retry_count", "created_at"));

  /** The shipped catalog's names, used when a catalog has no {@code crmSchema} section. */
  public static final CrmSchema DEFAULT =
      new CrmSchema(
          Optional.of("error_code"),
          "connection_id",
          "retry_count",
          "next_attempt_at",
          "id",
          "account_owner");

  /** Every column Responder reads or writes, by table: the runbook's, then those named here. */
  public Map<String, Set<String>> requiredColumns() {
    Map<String, Set<String>> columns = new LinkedHashMap<>();
    for (String table : List.of("SocialPost", "SocialConnection", "SyncLog")) {
      columns.put(table, new LinkedHashSet<>(RUNBOOK_COLUMNS.get(table)));
    }
    postErrorCode.ifPresent(columns.get("SocialPost")::add);
    columns.get("SocialPost").addAll(List.of(postConnection, postRetryCount, postNextAttempt));
    columns.get("SocialConnection").addAll(List.of(connectionId, connectionOwner));
    return columns;
  }

  /**
   * What a live schema lacks, as {@code "Table".column} texts in table order: {@code live} holds
   * each table's columns as the database reports them (a missing table has none).
   */
  public List<String> missingFrom(Map<String, Set<String>> live) {
    List<String> missing = new ArrayList<>();
    requiredColumns()
        .forEach(
            (table, columns) ->
                columns.stream()
                    .filter(column -> !live.getOrDefault(table, Set.of()).contains(column))
                    .forEach(column -> missing.add("\"" + table + "\"." + column)));
    return missing;
  }
}
