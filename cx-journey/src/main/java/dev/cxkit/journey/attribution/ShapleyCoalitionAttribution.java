package dev.cxkit.journey.attribution;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.journey.paths.PathTable;

/**
 * The full coalition Shapley value of a {@link CoalitionValue}, by default the conversion rate.
 *
 * <p>With the default, the worth of a coalition S of channels is the conversion rate of the
 * journeys whose channels all lie in S: {@code v(S) = conversions(T ⊆ S) / journeys(T ⊆ S)} ({@code
 * v(S) = 0} when no journey qualifies; {@code v(∅) = 0}). Channel i earns its Shapley value {@code
 * φ_i = Σ_{S ∌ i} |S|! (n-|S|-1)! / n! · (v(S ∪ {i}) - v(S))}; by efficiency {@code Σ φ_i = v(N) -
 * v(∅)}, and channel i is credited {@code φ_i / (v(N) - v(∅))} of the total conversions (for the
 * conversion rate: {@code φ_i ×} total journeys), which adds up to the total conversions. Value is
 * shared by the Shapley values of a second worth (by default value per journey).
 *
 * <p><b>Negative credit.</b> The conversion rate is not monotone: a channel whose journeys convert
 * less often than the journeys without it lowers the rate of every coalition it joins and receives
 * a negative Shapley value (negative credited conversions), which the other channels make up. The
 * {@linkplain AttributionModel#shapleySimplified() simplified form} never does this.
 *
 * <p>Exact: {@code O(n · 2^n)} over all subsets, so at most {@value #MAX_CHANNELS} channels (an
 * IllegalArgumentException beyond).
 *
 * {@snippet class=dev.cxkit.journey.attribution.SnippetsTest region=shapleyCoalitionAttribution}
 */
final class ShapleyCoalitionAttribution implements AttributionModel {
  /** The largest number of channels the exact computation takes. */
  static final int MAX_CHANNELS = 20;

  private final CoalitionValue conversions;
  private final CoalitionValue value;

  ShapleyCoalitionAttribution(CoalitionValue conversions, CoalitionValue value) {
    this.conversions = checkNotNull(conversions, "conversions");
    this.value = checkNotNull(value, "value");
  }

  static void checkChannels(int n) {
    checkArgument(
        n <= MAX_CHANNELS,
        "channels must be at most %s for the exact coalition Shapley value, was %s",
        MAX_CHANNELS,
        n);
  }

  @Override
  public AttributionResult attribute(PathTable table) {
    int n = table.channelCount();
    checkChannels(n);
    double[] credits = credits(conversions, table, table.totalConversions(), "conversions");
    double[] valueCredits =
        value == conversions
            ? scaled(credits, table.totalConversions(), table.totalValue())
            : credits(value, table, table.totalValue(), "value");
    Credits.reconcile(credits, table.totalConversions());
    Credits.reconcile(valueCredits, table.totalValue());
    return new AttributionResult(
        "shapley-coalition(" + conversions.name() + ")",
        Credits.channels(table),
        credits,
        valueCredits,
        table.totalValue());
  }

  /** {@code total} shared in proportion to the Shapley values of {@code game}. */
  private static double[] credits(CoalitionValue game, PathTable table, double total, String what) {
    int n = table.channelCount();
    double[] v = game.worths(table);
    checkArgument(
        v.length == 1 << n,
        "coalition value '%s' must give 2^%s worths, one per coalition, was %s",
        game.name(),
        n,
        v.length);
    for (int s = 0; s < v.length; s++) {
      if (!Double.isFinite(v[s])) {
        throw new IllegalArgumentException(
            "coalition value '"
                + game.name()
                + "' must be finite, was "
                + v[s]
                + " for coalition "
                + coalition(table, s));
      }
    }
    double[] phi = shapley(n, v);
    if (total == 0) {
      return new double[n];
    }
    double grand = v[(1 << n) - 1] - v[0];
    checkArgument(
        grand != 0,
        "coalition value '%s' of all channels must differ from that of none to share %s %s, was"
            + " %s both",
        game.name(),
        total,
        what,
        v[0]);
    double scale = total / grand;
    for (int i = 0; i < n; i++) {
      phi[i] *= scale;
    }
    return phi;
  }

  private static double[] scaled(double[] credits, double from, double to) {
    double[] out = new double[credits.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = from == 0 ? 0 : credits[i] / from * to;
    }
    return out;
  }

  /**
   * The exact Shapley values of the game {@code v} over {@code n} players (v indexed by bit set):
   * {@code φ_i = Σ_{S ∌ i} |S|! (n-|S|-1)! / n! · (v(S ∪ {i}) - v(S))}, compensated sums.
   */
  static double[] shapley(int n, double[] v) {
    double[] weight = new double[Math.max(n, 1)];
    for (int s = 0; s < n; s++) {
      weight[s] = 1.0 / (n * binomial(n - 1, s));
    }
    double[] phi = new double[n];
    double[] phiComp = new double[n];
    int size = 1 << n;
    for (int s = 0; s < size; s++) {
      int k = Integer.bitCount(s);
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((s & bit) == 0) {
          Credits.add(phi, phiComp, i, weight[k] * (v[s | bit] - v[s]));
        }
      }
    }
    return Credits.finish(phi, phiComp);
  }

  private static String coalition(PathTable table, int s) {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < table.channelCount(); i++) {
      if ((s & (1 << i)) != 0) {
        sb.append(sb.length() > 1 ? ", " : "").append(table.channel(i));
      }
    }
    return sb.append('}').toString();
  }

  private static double binomial(int n, int k) {
    double b = 1;
    for (int i = 1; i <= k; i++) {
      b = b * (n - k + i) / i;
    }
    return b;
  }
}
