package dev.cxkit.journey.insight;

import java.util.Locale;

/**
 * Weights of the pain-point hotspot score. Each component is first scaled to [0, 1] by dividing by
 * its largest value over the steps; the score is the weighted mean of the scaled components.
 *
 * {@snippet class=dev.cxkit.journey.insight.SnippetsTest region=hotspotWeights}
 *
 * @param dropOff weight of the step's drop-off rate in the journey chain
 * @param negativeEmotion weight of {@code max(0, -mean valence)} from feedback
 * @param repeats weight of the share of journeys at the step that repeat it
 * @param channelSwitches weight of the share of the step's events that switched channel
 * @param timeSpent weight of the mean time from the step's event to the next
 */
public record HotspotWeights(
    double dropOff,
    double negativeEmotion,
    double repeats,
    double channelSwitches,
    double timeSpent) {

  /** Checks the weights: each finite and at least 0, sum above 0. */
  public HotspotWeights {
    double[] w = {dropOff, negativeEmotion, repeats, channelSwitches, timeSpent};
    String[] names = {"dropOff", "negativeEmotion", "repeats", "channelSwitches", "timeSpent"};
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

  /** Drop-off 0.35, negative emotion 0.20, repeats, channel switches and time 0.15 each. */
  public static HotspotWeights standard() {
    return new HotspotWeights(0.35, 0.20, 0.15, 0.15, 0.15);
  }

  double sum() {
    return dropOff + negativeEmotion + repeats + channelSwitches + timeSpent;
  }
}
