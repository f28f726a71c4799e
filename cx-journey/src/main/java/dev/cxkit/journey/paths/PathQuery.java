package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Distributions;
import org.jspecify.annotations.Nullable;

/**
 * Which part of each journey a {@link PathTree} follows: the steps after an event ({@code from}),
 * the steps before one ({@code to}, read backwards from it), or the steps from one event to the
 * next occurrence of another ({@code from} and {@code to}), as PostHog's paths with a start point,
 * an end point or both (PostHog issues #568 and #43254). Event names are names of the path's {@link
 * PathOptions#dimension() dimension}.
 *
 * <ul>
 *   <li>{@link Occurrence#FIRST} (PostHog's rule) anchors at the first occurrence of the event,
 *       {@link Occurrence#LAST} at the last. Between two events, {@code FIRST} takes the first
 *       {@code from} and runs to the next {@code to} after it; {@code LAST} takes the last {@code
 *       from} that a {@code to} follows, again to the next {@code to}.
 *   <li>{@code depth} is the number of steps followed beyond the anchor (1 to {@value #MAX_DEPTH});
 *       a longer path is cut there and counted as cut.
 *   <li>Children of a node with fewer than {@code minJourneys} journeys fold into one {@code
 *       (other)} node (1 folds nothing).
 * </ul>
 *
 * {@snippet class=dev.cxkit.journey.paths.SnippetsTest region=pathTree}
 *
 * @param options how journeys become paths (dimension, repeats)
 * @param from the start event, or null to follow the steps before {@code to}
 * @param to the end event, or null to follow the steps after {@code from}
 * @param occurrence which occurrence of the anchoring event counts
 * @param depth steps followed beyond the anchor, 1 to {@value #MAX_DEPTH}
 * @param minJourneys children with fewer journeys fold into {@code (other)}; at least 1
 * @param confidenceLevel the level of each node's Wilson interval, in (0, 1)
 */
public record PathQuery(
    PathOptions options,
    @Nullable String from,
    @Nullable String to,
    Occurrence occurrence,
    int depth,
    long minJourneys,
    double confidenceLevel) {

  /** The longest depth a query may ask for. */
  public static final int MAX_DEPTH = 1_000;

  /** Which occurrence of the anchoring event a path starts (or, for {@code to} alone, ends) at. */
  public enum Occurrence {
    /** The first occurrence in the journey (PostHog's rule). */
    FIRST,
    /** The last occurrence in the journey. */
    LAST
  }

  /** Validates the query. */
  public PathQuery {
    checkNotNull(options, "options");
    checkNotNull(occurrence, "occurrence");
    checkArgument(from != null || to != null, "a path query needs from, to or both, had neither");
    checkArgument(from == null || !from.isEmpty(), "from must not be empty");
    checkArgument(to == null || !to.isEmpty(), "to must not be empty");
    checkArgument(
        depth >= 1 && depth <= MAX_DEPTH, "depth must be in 1..%s, was %s", MAX_DEPTH, depth);
    checkArgument(minJourneys >= 1, "minJourneys must be at least 1, was %s", minJourneys);
    Distributions.checkConfidence(confidenceLevel);
  }

  /** The steps after the first {@code from}, 5 deep, nothing folded, 95% intervals. */
  public static PathQuery from(PathOptions options, String from) {
    return new PathQuery(options, checkNotNull(from, "from"), null, Occurrence.FIRST, 5, 1, 0.95);
  }

  /** The steps before the first {@code to}, 5 deep, nothing folded, 95% intervals. */
  public static PathQuery to(PathOptions options, String to) {
    return new PathQuery(options, null, checkNotNull(to, "to"), Occurrence.FIRST, 5, 1, 0.95);
  }

  /** The steps from the first {@code from} to the next {@code to}, 5 deep, 95% intervals. */
  public static PathQuery between(PathOptions options, String from, String to) {
    return new PathQuery(
        options, checkNotNull(from, "from"), checkNotNull(to, "to"), Occurrence.FIRST, 5, 1, 0.95);
  }

  /** This query anchored at {@code occurrence}. */
  public PathQuery withOccurrence(Occurrence occurrence) {
    return new PathQuery(options, from, to, occurrence, depth, minJourneys, confidenceLevel);
  }

  /** This query following {@code depth} steps beyond the anchor. */
  public PathQuery withDepth(int depth) {
    return new PathQuery(options, from, to, occurrence, depth, minJourneys, confidenceLevel);
  }

  /** This query folding children with fewer than {@code minJourneys} journeys. */
  public PathQuery foldingBelow(long minJourneys) {
    return new PathQuery(options, from, to, occurrence, depth, minJourneys, confidenceLevel);
  }

  /** This query with intervals at {@code confidenceLevel}. */
  public PathQuery withConfidenceLevel(double confidenceLevel) {
    return new PathQuery(options, from, to, occurrence, depth, minJourneys, confidenceLevel);
  }

  /** Whether the tree reads backwards from {@code to} (only {@code to} given). */
  public boolean backwards() {
    return from == null;
  }
}
