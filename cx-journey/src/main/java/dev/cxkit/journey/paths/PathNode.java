package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.List;

/**
 * One node of a {@link PathTree}: a step reached by {@code journeys} journeys along the same steps
 * from the anchor (depth 0 is the anchor itself). Counts are exact: {@code journeys = ended + cut +
 * continuing()}, and for a node that is not {@code folded}, {@code continuing()} is the sum of its
 * children's journeys.
 *
 * @param name the step's name, {@code (other)} for a folded node
 * @param folded whether this node gathers the rare children of its parent (their subtrees are not
 *     shown; their journeys, ends and cuts are summed)
 * @param depth steps from the anchor: 0 for the anchor, 1 for the step after (or, reading backwards
 *     to an end event, before) it
 * @param journeys journeys whose path passes through this node
 * @param ended paths that end here: at the end of the journey (from an event), at its start (to an
 *     event, read backwards) or on reaching the end event (between two events)
 * @param cut paths stopped here by the depth limit
 * @param share {@code journeys} over the journeys of the tree (the anchor's)
 * @param interval the Wilson interval of {@code share}
 * @param children the next steps, most journeys first (names break ties), a folded node last
 */
public record PathNode(
    String name,
    boolean folded,
    int depth,
    long journeys,
    long ended,
    long cut,
    double share,
    Interval interval,
    List<PathNode> children) {

  /** The name of a node that gathers rare children. */
  public static final String OTHER = "(other)";

  /** Validates the counts. */
  public PathNode {
    checkNotNull(name, "name");
    checkNotNull(interval, "interval");
    children = List.copyOf(children);
    checkArgument(
        ended >= 0 && cut >= 0 && ended + cut <= journeys,
        "a path node needs 0 <= ended + cut <= journeys, was %s + %s of %s",
        ended,
        cut,
        journeys);
    checkArgument(
        !folded || children.isEmpty(), "a folded node has no children, had %s", children.size());
  }

  /** Paths that go on beyond this node: {@code journeys - ended - cut}. */
  public long continuing() {
    return journeys - ended - cut;
  }
}
