package dev.cxkit.model.blueprint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The five lanes of a service blueprint, top to bottom (Bitner, Ostrom and Morgan, "Service
 * Blueprinting", California Management Review 50(3), 2008).
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=lane}
 */
public enum Lane {
  /** What the customer sees and touches: premises, documents, emails, screens. */
  PHYSICAL_EVIDENCE,
  /** What the customer does. */
  CUSTOMER_ACTIONS,
  /** What contact employees or systems do in view of the customer ("onstage"). */
  FRONTSTAGE_ACTIONS,
  /** What contact employees do out of the customer's view. */
  BACKSTAGE_ACTIONS,
  /** What other functions and systems do to support the contact employees. */
  SUPPORT_PROCESSES;

  /**
   * The lines a link from this lane to {@code other} crosses, in top-to-bottom order; empty within
   * one lane and between physical evidence and customer actions (no line separates them).
   */
  public List<BlueprintLine> linesCrossedTo(Lane other) {
    requireNonNull(other, "other");
    int from = Math.min(ordinal(), other.ordinal());
    int to = Math.max(ordinal(), other.ordinal());
    List<BlueprintLine> lines = new ArrayList<>(3);
    for (BlueprintLine line : BlueprintLine.values()) {
      int below = line.below().ordinal();
      if (below > from && below <= to) {
        lines.add(line);
      }
    }
    return Collections.unmodifiableList(lines);
  }
}
