package dev.cxkit.journey.conformance;

/**
 * The costs of the alignment moves. A <em>synchronous</em> move (an observed event matched to the
 * step the map walk takes next) costs 0; a <em>skip</em> (the map walk passes a step with no
 * observed event) costs {@code skip}; an <em>extra</em> event (observed, but not where the map walk
 * is: repeated, out of order or unplanned) costs {@code extra}. A step replaced by an unplanned
 * touchpoint is a skip plus an extra event, so it costs {@code skip + extra}.
 *
 * <p>The map walk may stop at any step (a journey that stops early has dropped off; that is not a
 * deviation from the design but drop-off, measured elsewhere), so the alignment is optimal over all
 * walks from a start step of any length. The worst alignment treats every event as extra, so
 * fitness is {@code 1 - cost / (events * extra)}, in [0, 1].
 *
 * {@snippet class=dev.cxkit.journey.conformance.SnippetsTest region=alignmentCosts}
 *
 * @param skip cost of a designed step passed without an observed event, at least 1
 * @param extra cost of an observed event off the map walk, at least 1
 */
public record AlignmentCosts(int skip, int extra) {

  /** Checks the costs. */
  public AlignmentCosts {
    if (skip < 1 || skip > 1_000) {
      throw new IllegalArgumentException("costs.skip must be in 1..1000, was " + skip);
    }
    if (extra < 1 || extra > 1_000) {
      throw new IllegalArgumentException("costs.extra must be in 1..1000, was " + extra);
    }
  }

  /** Skip 1, extra 1: the standard unit-cost alignment. */
  public static AlignmentCosts standard() {
    return new AlignmentCosts(1, 1);
  }
}
