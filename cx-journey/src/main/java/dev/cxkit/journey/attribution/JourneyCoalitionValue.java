package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.paths.PathTable;

/**
 * The journey-based worths: conversions (or value) per journey among the journeys whose channels
 * all lie in the coalition, by a subset-sum (zeta) transform over the channel sets of the paths.
 */
final class JourneyCoalitionValue implements CoalitionValue {
  private final boolean value;

  JourneyCoalitionValue(boolean value) {
    this.value = value;
  }

  @Override
  public double[] worths(PathTable table) {
    checkArgument(
        table.hasNulls(),
        "table must have non-conversion counts (a null column) for conversion rates, was %s",
        table);
    int n = table.channelCount();
    ShapleyCoalitionAttribution.checkChannels(n);
    int size = 1 << n;
    double[] sum = new double[size];
    double[] journeys = new double[size];
    for (int p = 0; p < table.pathCount(); p++) {
      int mask = 0;
      for (int i = 0; i < table.pathLength(p); i++) {
        mask |= 1 << table.touch(p, i);
      }
      sum[mask] += value ? table.value(p) : table.conversions(p);
      journeys[mask] += table.conversions(p) + table.nulls(p);
    }
    // subset sums (zeta transform): f(S) = sum over T subset of S
    for (int i = 0; i < n; i++) {
      int bit = 1 << i;
      for (int s = 0; s < size; s++) {
        if ((s & bit) != 0) {
          sum[s] += sum[s ^ bit];
          journeys[s] += journeys[s ^ bit];
        }
      }
    }
    for (int s = 0; s < size; s++) {
      sum[s] = journeys[s] > 0 ? sum[s] / journeys[s] : 0;
    }
    return sum;
  }

  @Override
  public String name() {
    return value ? "value per journey" : "conversion rate";
  }
}
