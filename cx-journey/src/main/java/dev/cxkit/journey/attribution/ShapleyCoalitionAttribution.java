package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.paths.PathTable;

/**
 * The full coalition Shapley value with the conversion rate as characteristic function.
 *
 * <p>The worth of a coalition S of channels is the conversion rate of the journeys whose channels
 * all lie in S: {@code v(S) = conversions(T ⊆ S) / journeys(T ⊆ S)} ({@code v(S) = 0} when no
 * journey qualifies; {@code v(∅) = 0}). Channel i earns its Shapley value {@code φ_i = Σ_{S ∌ i}
 * |S|! (n-|S|-1)! / n! · (v(S ∪ {i}) - v(S))}; by efficiency {@code Σ φ_i = v(all)}, the overall
 * conversion rate, so {@code φ_i × total journeys} credits exactly the total conversions. Value
 * works the same with value per journey as worth.
 *
 * <p><b>Negative credit.</b> The conversion rate is not monotone: a channel whose journeys convert
 * less often than the journeys without it lowers the rate of every coalition it joins and receives
 * a negative Shapley value (negative credited conversions), which the other channels make up. The
 * {@linkplain AttributionModel#shapleySimplified() simplified form} never does this.
 *
 * <p>Exact: {@code O(n · 2^n)} over all subsets, so at most {@value #MAX_CHANNELS} channels (an
 * IllegalArgumentException beyond). Needs non-converting journeys ({@link PathTable#hasNulls()}).
 *
 * <pre>{@code
 * AttributionResult r = AttributionModel.shapleyCoalition().attribute(table);
 * }</pre>
 */
final class ShapleyCoalitionAttribution implements AttributionModel {
  /** The largest number of channels the exact computation takes. */
  static final int MAX_CHANNELS = 15;

  ShapleyCoalitionAttribution() {}

  @Override
  public AttributionResult attribute(PathTable table) {
    int n = table.channelCount();
    checkArgument(
        n <= MAX_CHANNELS,
        "channels must be at most %s for the exact coalition Shapley value, was %s",
        MAX_CHANNELS,
        n);
    checkArgument(
        table.hasNulls(),
        "table must have non-conversion counts (a null column) for conversion rates, was %s",
        table);
    int size = 1 << n;
    double[] conv = new double[size];
    double[] value = new double[size];
    double[] journeys = new double[size];
    for (int p = 0; p < table.pathCount(); p++) {
      int mask = 0;
      for (int i = 0; i < table.pathLength(p); i++) {
        mask |= 1 << table.touch(p, i);
      }
      conv[mask] += table.conversions(p);
      value[mask] += table.value(p);
      journeys[mask] += table.conversions(p) + table.nulls(p);
    }
    // subset sums (zeta transform): f(S) = sum over T subset of S
    for (int i = 0; i < n; i++) {
      int bit = 1 << i;
      for (int s = 0; s < size; s++) {
        if ((s & bit) != 0) {
          conv[s] += conv[s ^ bit];
          value[s] += value[s ^ bit];
          journeys[s] += journeys[s ^ bit];
        }
      }
    }
    double[] rate = new double[size];
    double[] valueRate = new double[size];
    for (int s = 0; s < size; s++) {
      if (journeys[s] > 0) {
        rate[s] = conv[s] / journeys[s];
        valueRate[s] = value[s] / journeys[s];
      }
    }
    double[] weight = new double[n];
    for (int s = 0; s < n; s++) {
      weight[s] = 1.0 / (n * binomial(n - 1, s));
    }
    double[] phi = new double[n];
    double[] phiComp = new double[n];
    double[] phiValue = new double[n];
    double[] phiValueComp = new double[n];
    for (int s = 0; s < size; s++) {
      int k = Integer.bitCount(s);
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((s & bit) == 0) {
          Credits.add(phi, phiComp, i, weight[k] * (rate[s | bit] - rate[s]));
          Credits.add(phiValue, phiValueComp, i, weight[k] * (valueRate[s | bit] - valueRate[s]));
        }
      }
    }
    double total = table.totalJourneys();
    double[] credits = Credits.finish(phi, phiComp);
    double[] valueCredits = Credits.finish(phiValue, phiValueComp);
    for (int i = 0; i < n; i++) {
      credits[i] *= total;
      valueCredits[i] *= total;
    }
    Credits.reconcile(credits, table.totalConversions());
    Credits.reconcile(valueCredits, table.totalValue());
    return new AttributionResult(
        "shapley-coalition(conversion rate)",
        Credits.channels(table),
        credits,
        valueCredits,
        table.totalValue());
  }

  private static double binomial(int n, int k) {
    double b = 1;
    for (int i = 1; i <= k; i++) {
      b = b * (n - k + i) / i;
    }
    return b;
  }
}
