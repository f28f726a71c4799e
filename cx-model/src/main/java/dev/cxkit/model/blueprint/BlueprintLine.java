package dev.cxkit.model.blueprint;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The three lines that divide a service blueprint's lanes (Bitner, Ostrom and Morgan 2008): each
 * line lies between the lane {@link #above()} and the lane {@link #below()}.
 *
 * {@snippet class=dev.cxkit.model.blueprint.SnippetsTest region=blueprintLine}
 */
public enum BlueprintLine {
  /** Between customer actions and frontstage actions: where customer and firm interact directly. */
  LINE_OF_INTERACTION(Lane.CUSTOMER_ACTIONS, Lane.FRONTSTAGE_ACTIONS),
  /** Between frontstage and backstage actions: what the customer can and cannot see. */
  LINE_OF_VISIBILITY(Lane.FRONTSTAGE_ACTIONS, Lane.BACKSTAGE_ACTIONS),
  /** Between backstage actions and support processes: hand-offs to other functions and systems. */
  LINE_OF_INTERNAL_INTERACTION(Lane.BACKSTAGE_ACTIONS, Lane.SUPPORT_PROCESSES);

  private final Lane above;
  private final Lane below;

  BlueprintLine(Lane above, Lane below) {
    this.above = above;
    this.below = below;
  }

  /** The lane directly above this line. */
  public Lane above() {
    return above;
  }

  /** The lane directly below this line. */
  public Lane below() {
    return below;
  }

  /**
   * The line that separates two adjacent lanes (in either order), or empty when the lanes are the
   * same, not adjacent, or physical evidence and customer actions (which no line separates).
   */
  public static Optional<BlueprintLine> separating(Lane a, Lane b) {
    requireNonNull(a, "a");
    requireNonNull(b, "b");
    for (BlueprintLine line : values()) {
      if ((line.above == a && line.below == b) || (line.above == b && line.below == a)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }
}
