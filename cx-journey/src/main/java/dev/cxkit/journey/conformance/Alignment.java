package dev.cxkit.journey.conformance;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The optimal alignment of one journey with the map: its cost, fitness and moves in order.
 *
 * <pre>{@code
 * Alignment a = checker.align(journeys, 7);
 * a.fitness();   // 0.75
 * a.moves();     // [SYNC notice@0, SKIP call, EXTRA (unplanned) tweet@1, SYNC visit@2]
 * }</pre>
 *
 * @param journey the journey index
 * @param cost the alignment cost under the checker's {@link AlignmentCosts}
 * @param fitness {@code 1 - cost / (events * extra)}, in [0, 1]
 * @param moves the moves in order
 */
public record Alignment(int journey, int cost, double fitness, List<Move> moves) {

  /** Checks and copies. */
  public Alignment {
    requireNonNull(moves, "moves");
    moves = List.copyOf(moves);
    if (cost < 0 || !(fitness >= 0 && fitness <= 1)) {
      throw new IllegalArgumentException(
          "alignment cost must be >= 0 and fitness in [0, 1], was " + cost + ", " + fitness);
    }
  }

  /** The kind of an alignment move. */
  public enum MoveKind {
    /** An event synchronised with the step the walk takes. */
    SYNC,
    /** A step the walk passes with no event. */
    SKIP,
    /** An event off the walk. */
    EXTRA
  }

  /**
   * One move.
   *
   * @param kind the kind
   * @param stepId the step (for EXTRA, the step the event matches, if any)
   * @param touchpointId the event's touchpoint (empty for SKIP)
   * @param event the event's position in the journey, -1 for SKIP
   */
  public record Move(
      MoveKind kind, Optional<String> stepId, Optional<String> touchpointId, int event) {

    /** Checks the fields. */
    public Move {
      requireNonNull(kind, "kind");
      requireNonNull(stepId, "stepId");
      requireNonNull(touchpointId, "touchpointId");
    }

    @Override
    public String toString() {
      String where = event >= 0 ? "@" + event : "";
      switch (kind) {
        case SKIP:
          return "SKIP " + stepId.orElse("");
        case SYNC:
          return "SYNC " + stepId.orElse("") + where;
        default:
          return "EXTRA " + stepId.orElse("(unplanned)") + " " + touchpointId.orElse("") + where;
      }
    }
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "Alignment{journey %d, cost %d, fitness %.3f, %s}",
        journey,
        cost,
        fitness,
        moves);
  }
}
