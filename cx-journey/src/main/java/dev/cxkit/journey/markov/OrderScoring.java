package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.paths.PathTable;
import dev.cxkit.metrics.stats.Binomials;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The scores of one Markov order on a path table for {@link OrderSelection}: ChannelAttribution's
 * penalised ROC AUC (in sample) and the k-fold held-out log-likelihood.
 */
final class OrderScoring {
  private OrderScoring() {}

  /**
   * Splits every path's conversions and nulls over {@code folds} folds, each journey in a fold
   * chosen uniformly at random: {@code out[0][f][p]} conversions and {@code out[1][f][p]} nulls of
   * path p in fold f.
   */
  static long[][][] folds(PathTable table, int folds, long seed) {
    int paths = table.pathCount();
    long[][][] out = new long[2][folds][paths];
    SplittableRandom random = new SplittableRandom(seed);
    for (int p = 0; p < paths; p++) {
      split(table.conversions(p), out[0], p, random);
      split(table.nulls(p), out[1], p, random);
    }
    return out;
  }

  private static void split(long n, long[][] into, int p, SplittableRandom random) {
    long left = n;
    int folds = into.length;
    for (int f = 0; f < folds - 1 && left > 0; f++) {
      long drawn = 0;
      double share = 1.0 / (folds - f);
      for (long rest = left; rest > 0; ) {
        int trials = (int) Math.min(rest, Integer.MAX_VALUE);
        drawn += Binomials.sample(trials, share, random);
        rest -= trials;
      }
      into[f][p] = drawn;
      left -= drawn;
    }
    into[folds - 1][p] += left;
  }

  /**
   * The weighted ROC AUC of ChannelAttribution's prediction: each journey scored by the share of
   * conversions among the journeys leaving its path's last state, converting journeys the
   * positives; ties count one half (the exact Mann-Whitney area, where ChannelAttribution
   * approximates the curve on 100 thresholds).
   */
  static double auc(PathTable table, PathWeights weights) {
    MarkovChain chain = weights.chain();
    int paths = table.pathCount();
    double[] score = new double[paths];
    Integer[] order = new Integer[paths];
    for (int p = 0; p < paths; p++) {
      int exit = weights.exitState(p);
      long c = exit < 0 ? 0 : chain.count(exit, MarkovChain.CONVERSION);
      long u = exit < 0 ? 0 : chain.count(exit, MarkovChain.NON_CONVERSION);
      score[p] = c + u == 0 ? 0 : (double) c / (c + u);
      order[p] = p;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[a], score[b]));
    double positives = table.totalConversions();
    double negatives = table.totalNulls();
    double below = 0; // negatives with a lower score
    double area = 0;
    for (int i = 0; i < paths; ) {
      int j = i;
      double pos = 0;
      double neg = 0;
      while (j < paths && score[order[j]] == score[order[i]]) {
        pos += table.conversions(order[j]);
        neg += table.nulls(order[j]);
        j++;
      }
      area += pos * (below + neg / 2);
      below += neg;
      i = j;
    }
    return area / (positives * negatives);
  }

  /**
   * ChannelAttribution's penalty (choose_order): with {@code m} channels an order-k chain has up to
   * {@code C(m + k - 1, k)} nodes, and {@code pAUC = 1 - (1 - AUC) (N - 1) / (N - nodes - 1)} for N
   * journeys, an adjusted-R² form; 0 when that leaves [0, 1] or the nodes are not fewer than the
   * journeys.
   */
  static double penalised(double auc, int channels, int order, long journeys) {
    double nodes = nodes(channels, order);
    if (!(nodes < journeys - 1)) {
      return 0;
    }
    double p = 1 - (1 - auc) * ((journeys - 1.0) / (journeys - nodes - 1.0));
    return p < 0 || p > 1 ? 0 : p;
  }

  /** {@code C(m + k - 1, k)}, the number of multisets of k of m channels, as a double. */
  static double nodes(int channels, int order) {
    double n = 1;
    for (int i = 1; i <= order; i++) {
      n = n * (channels - 1 + i) / i;
    }
    return n;
  }

  /**
   * The log-likelihood of the held-out journeys: for each fold, the chain is estimated on the other
   * folds' journeys and gives each held-out journey the probability of its whole path and outcome
   * (all its transitions); a transition is estimated with add-one smoothing over the transitions
   * the full table shows from its state, so a transition unseen in the training folds costs a
   * finite amount. Returns {log-likelihood, held-out transitions}.
   */
  static double[] heldOut(PathWeights weights, long[][][] folds, PathTable table) {
    MarkovChain full = weights.chain();
    int paths = table.pathCount();
    int k = folds[0].length;
    double ll = 0;
    double comp = 0;
    long transitions = 0;
    long[] trainConv = new long[paths];
    long[] trainNull = new long[paths];
    for (int f = 0; f < k; f++) {
      for (int p = 0; p < paths; p++) {
        trainConv[p] = table.conversions(p) - folds[0][f][p];
        trainNull[p] = table.nulls(p) - folds[1][f][p];
      }
      long[] train = weights.transitionCounts(trainConv, trainNull);
      long[] held = weights.transitionCounts(folds[0][f], folds[1][f]);
      for (int s = 0; s < full.stateCount(); s++) {
        int from = full.rowStart[s];
        int to = full.rowStart[s + 1];
        long total = 0;
        for (int e = from; e < to; e++) {
          total += train[e];
        }
        double denominator = total + (double) (to - from);
        for (int e = from; e < to; e++) {
          if (held[e] > 0) {
            double term = held[e] * Math.log((train[e] + 1.0) / denominator);
            double t = ll + term; // Neumaier
            comp += Math.abs(ll) >= Math.abs(term) ? (ll - t) + term : (term - t) + ll;
            ll = t;
            transitions += held[e];
          }
        }
      }
    }
    return new double[] {ll + comp, transitions};
  }

  static void checkTable(PathTable table) {
    checkArgument(
        table.hasNulls() && table.totalNulls() > 0 && table.totalConversions() > 0,
        "table must have converting and non-converting journeys (a null column) to compare"
            + " orders by ROC AUC, was %s",
        table);
  }
}
