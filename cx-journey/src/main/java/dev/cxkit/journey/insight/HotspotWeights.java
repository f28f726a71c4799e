package dev.cxkit.journey.insight;

import java.util.Locale;

/**
 * Weights of the pain-point hotspot score. Each component is first scaled to [0, 1] by dividing by
 * its largest value over the items; the score is the weighted mean of the scaled components.
 *
 * {@snippet class=dev.cxkit.journey.insight.SnippetsTest region=hotspotWeights}
 *
 * @param harm weight of {@code max(0, -effect)} of a clear negative moment-of-truth effect
 * @param dropOff weight of the share of the item's journeys that end there without converting
 * @param negativeEmotion weight of {@code max(0, -mean valence)} from emotions or feedback
 * @param repeats weight of the share of the item's journeys that have it twice or more
 * @param channelSwitches weight of the share of the item's events that switched channel where the
 *     map does not design it
 * @param timeSpent weight of the mean time from the item's events to the next
 */
public record HotspotWeights(
    double harm,
    double dropOff,
    double negativeEmotion,
    double repeats,
    double channelSwitches,
    double timeSpent) {

  /** Checks the weights: each finite and at least 0, sum above 0. */
  public HotspotWeights {
    double[] w = {harm, dropOff, negativeEmotion, repeats, channelSwitches, timeSpent};
    String[] names = {
      "harm", "dropOff", "negativeEmotion", "repeats", "channelSwitches", "timeSpent"
    };
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      if (!(w[i] >= 0 && w[i] < Double.POSITIVE_INFINITY)) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT, "weights.%s must be finite and >= 0, was %s", names[i], w[i]));
      }
      sum += w[i];
    }
    if (sum <= 0) {
      throw new IllegalArgumentException("weights must not all be 0, was " + sum);
    }
  }

  /**
   * Harm 0.30, drop-off 0.25, negative emotion 0.15, repeats, undesigned channel switches and time
   * 0.10 each.
   */
  public static HotspotWeights standard() {
    return new HotspotWeights(0.30, 0.25, 0.15, 0.10, 0.10, 0.10);
  }

  double[] asArray() {
    return new double[] {harm, dropOff, negativeEmotion, repeats, channelSwitches, timeSpent};
  }

  double sum() {
    return harm + dropOff + negativeEmotion + repeats + channelSwitches + timeSpent;
  }
}
