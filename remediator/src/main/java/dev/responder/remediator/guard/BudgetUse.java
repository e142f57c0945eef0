package dev.responder.remediator.guard;

/** How many actions were claimed within the budget window: by this runbook and overall. */
public record BudgetUse(int byRunbook, int overall) {}
