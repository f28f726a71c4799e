package dev.cxkit.journey.paths;

import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.events.Dimension;

/**
 * How a journey is turned into a path: over which {@link Dimension} (touchpoints, or mapped first
 * to channels, types or stages) and whether consecutive repeats collapse into one step.
 *
 * {@snippet class=dev.cxkit.journey.paths.SnippetsTest region=pathOptions}
 *
 * @param dimension the attribute each step shows
 * @param collapseRepeats whether consecutive identical steps collapse into one
 */
public record PathOptions(Dimension dimension, boolean collapseRepeats) {

  /** Validates the options. */
  public PathOptions {
    checkNotNull(dimension, "dimension");
  }

  /** Paths over {@code dimension}, repeats kept. */
  public static PathOptions of(Dimension dimension) {
    return new PathOptions(dimension, false);
  }

  /** These options with consecutive repeats collapsed. */
  public PathOptions collapsingRepeats() {
    return new PathOptions(dimension, true);
  }
}
