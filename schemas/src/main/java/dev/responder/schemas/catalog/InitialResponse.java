package dev.responder.schemas.catalog;

import java.util.List;

/**
 * The steps common to every classified incident before its runbook's own: the assess checks (their
 * figures are visible to every runbook's conditions) and the communicate notifications.
 */
public record InitialResponse(List<Step> assess, List<Step> communicate) {

  public InitialResponse {
    assess = List.copyOf(assess);
    communicate = List.copyOf(communicate);
  }
}
