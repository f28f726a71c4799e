package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.paths.PathOptions;
import dev.cxkit.journey.paths.PathTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses the Markov order by penalised likelihood. With start padding every order models the same
 * transitions (each step and the final absorption of every journey), so likelihoods of different
 * orders are comparable; AIC (Akaike 1974) and BIC (Schwarz 1978; Katz 1981 for Markov chain order)
 * penalise the extra parameters of higher orders.
 *
 * <p>On a path table the orders of the attribution chain are also scored as ChannelAttribution's
 * {@code choose_order} does (penalised ROC AUC), and by a k-fold held-out log-likelihood ({@link
 * #compare(PathTable, StateConstruction, Repeats, int, int, long)}).
 *
 * <pre>{@code
 * OrderSelection sel = OrderSelection.compare(journeys, PathOptions.of(Dimension.CHANNEL), 3);
 * sel.bestByBic().order();
 * OrderSelection paths = OrderSelection.compare(table, WINDOWS, COLLAPSE, 4, 5, 1L);
 * paths.chosen().order();               // largest held-out log-likelihood
 * paths.bestByPenalisedAuc().order();    // ChannelAttribution's suggested order
 * }</pre>
 */
public final class OrderSelection {
  private final List<OrderFit> fits;
  private final List<OrderScore> scores;

  private OrderSelection(List<OrderFit> fits, List<OrderScore> scores) {
    this.fits = List.copyOf(fits);
    this.scores = List.copyOf(scores);
  }

  /**
   * Compares orders 1..{@code maxOrder} of the attribution chain of a path table (states {@code
   * states}, repeats {@code repeats}, with the null state) the way ChannelAttribution's {@code
   * choose_order} does, plus a k-fold held-out log-likelihood; AIC and BIC come with each order
   * too.
   *
   * <ul>
   *   <li><b>Penalised ROC AUC</b> (ChannelAttribution, {@code choose_order}): every journey is
   *       scored by the conversion share of its path's last state in the chain of the whole table,
   *       converting journeys are the positives, and the area under the ROC curve is penalised for
   *       the {@code C(m + k - 1, k)} nodes an order-k chain over m channels may have: {@code pAUC
   *       = 1 - (1 - AUC)(N - 1)/(N - nodes - 1)} for N journeys (0 when outside [0, 1]). The area
   *       is exact (ties count one half) where ChannelAttribution approximates it on 100
   *       thresholds.
   *   <li><b>Held-out log-likelihood</b>: each journey is put in one of {@code folds} folds at
   *       random (seeded); the chain of the other folds gives each held-out journey the probability
   *       of its path and outcome (add-one smoothing over the transitions the whole table shows
   *       from each state), summed over all journeys.
   * </ul>
   *
   * {@link #chosen()} is the order with the largest held-out log-likelihood (an out-of-sample
   * criterion: an order that only fits noise loses on the held-out journeys); {@link
   * #bestByPenalisedAuc()} is ChannelAttribution's suggested order, reported beside it. The AUC is
   * in sample and its penalty is small once the journeys far outnumber the nodes, so on large
   * tables it tends to grow with the order whether or not the behaviour needs it.
   *
   * @throws IllegalArgumentException when {@code maxOrder} is not in 1..the longest path, {@code
   *     folds} is not in 2..100 or more than the journeys, or the table lacks converting or
   *     non-converting journeys
   */
  public static OrderSelection compare(
      PathTable table,
      StateConstruction states,
      Repeats repeats,
      int maxOrder,
      int folds,
      long seed) {
    OrderScoring.checkTable(table);
    int longest = 0;
    for (int p = 0; p < table.pathCount(); p++) {
      longest = Math.max(longest, table.pathLength(p));
    }
    checkArgument(
        maxOrder >= 1 && maxOrder <= Math.min(longest, TransitionCounts.MAX_ORDER),
        "maxOrder must be in 1..%s (the longest path, at most %s), was %s",
        Math.min(longest, TransitionCounts.MAX_ORDER),
        TransitionCounts.MAX_ORDER,
        maxOrder);
    checkArgument(
        folds >= 2 && folds <= 100 && folds <= table.totalJourneys(),
        "folds must be in 2..100 and at most the journeys (%s), was %s",
        table.totalJourneys(),
        folds);
    long[][][] split = OrderScoring.folds(table, folds, seed);
    List<OrderFit> fits = new ArrayList<>();
    List<OrderScore> scores = new ArrayList<>();
    for (int k = 1; k <= maxOrder; k++) {
      PathWeights weights = PathWeights.of(table, k, states, repeats, true);
      MarkovChain m = weights.chain();
      fits.add(
          new OrderFit(k, m.logLikelihood(), m.parameters(), m.observations(), m.aic(), m.bic()));
      double auc = OrderScoring.auc(table, weights);
      double[] heldOut = OrderScoring.heldOut(weights, split, table);
      scores.add(
          new OrderScore(
              k,
              m.stateCount(),
              auc,
              OrderScoring.penalised(auc, table.channelCount(), k, table.totalJourneys()),
              OrderScoring.nodes(table.channelCount(), k) < table.totalJourneys(),
              heldOut[0],
              (long) heldOut[1]));
    }
    return new OrderSelection(fits, scores);
  }

  /**
   * Fits orders 1..{@code maxOrder}.
   *
   * @throws IllegalArgumentException when {@code maxOrder} is below 1 or above the longest path
   */
  public static OrderSelection compare(Journeys journeys, PathOptions options, int maxOrder) {
    checkArgument(
        maxOrder >= 1 && maxOrder <= TransitionCounts.MAX_ORDER,
        "maxOrder must be in 1..%s, was %s",
        TransitionCounts.MAX_ORDER,
        maxOrder);
    checkArgument(journeys.count() > 0, "journeys must not be empty, was %s", journeys.count());
    List<OrderFit> fits = new ArrayList<>();
    for (int k = 1; k <= maxOrder; k++) {
      TransitionCounts c = TransitionCounts.of(journeys, options, k);
      checkArgument(
          k <= Math.max(1, c.longestPath()),
          "maxOrder must be at most the longest path (%s steps) to be supported by the data, was %s",
          c.longestPath(),
          maxOrder);
      MarkovChain m = c.chain();
      fits.add(
          new OrderFit(k, m.logLikelihood(), m.parameters(), m.observations(), m.aic(), m.bic()));
    }
    return new OrderSelection(fits, List.of());
  }

  /** One fit per order, ascending. */
  public List<OrderFit> fits() {
    return fits;
  }

  /**
   * The penalised AUC and held-out scores per order, ascending (path-table comparisons; empty for
   * journeys).
   */
  public List<OrderScore> scores() {
    return scores;
  }

  /**
   * The order chosen: the largest held-out log-likelihood, the lower order on ties (see {@link
   * #compare(PathTable, StateConstruction, Repeats, int, int, long)}).
   *
   * @throws IllegalStateException when the orders were compared on journeys (no scores)
   */
  public OrderScore chosen() {
    return bestByHeldOutLogLikelihood();
  }

  /**
   * ChannelAttribution's suggested order: the largest penalised AUC, ties broken by the larger
   * held-out log-likelihood and then by the lower order.
   *
   * @throws IllegalStateException when the orders were compared on journeys (no scores)
   */
  public OrderScore bestByPenalisedAuc() {
    return scores.stream()
        .max(
            Comparator.comparingDouble(OrderScore::penalisedAuc)
                .thenComparingDouble(OrderScore::heldOutLogLikelihood)
                .thenComparing(Comparator.comparingInt(OrderScore::order).reversed()))
        .orElseThrow(
            () -> new IllegalStateException("orders compared on journeys have no scores: " + this));
  }

  /**
   * The order with the largest held-out log-likelihood (the lower order on ties).
   *
   * @throws IllegalStateException when the orders were compared on journeys (no scores)
   */
  public OrderScore bestByHeldOutLogLikelihood() {
    return scores.stream()
        .max(
            Comparator.comparingDouble(OrderScore::heldOutLogLikelihood)
                .thenComparing(Comparator.comparingInt(OrderScore::order).reversed()))
        .orElseThrow(
            () -> new IllegalStateException("orders compared on journeys have no scores: " + this));
  }

  /** The fit with the smallest AIC (the lower order on ties). */
  public OrderFit bestByAic() {
    return fits.stream()
        .min(Comparator.comparingDouble(OrderFit::aic).thenComparingInt(OrderFit::order))
        .orElseThrow();
  }

  /** The fit with the smallest BIC (the lower order on ties). */
  public OrderFit bestByBic() {
    return fits.stream()
        .min(Comparator.comparingDouble(OrderFit::bic).thenComparingInt(OrderFit::order))
        .orElseThrow();
  }

  @Override
  public String toString() {
    return "OrderSelection" + fits + (scores.isEmpty() ? "" : String.valueOf(scores));
  }

  /**
   * The scores of one order on a path table.
   *
   * @param order the Markov order
   * @param states states of its chain (start, conversion and null included)
   * @param auc ROC AUC of ChannelAttribution's prediction (in sample)
   * @param penalisedAuc ChannelAttribution's penalised AUC (0 when not supported)
   * @param supported whether the order's possible nodes are fewer than the journeys
   *     (ChannelAttribution scores only those)
   * @param heldOutLogLikelihood k-fold held-out log-likelihood of all journeys
   * @param heldOutTransitions transitions of the held-out journeys it sums over
   */
  public record OrderScore(
      int order,
      int states,
      double auc,
      double penalisedAuc,
      boolean supported,
      double heldOutLogLikelihood,
      long heldOutTransitions) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "order %d: %d states, AUC=%.4f, pAUC=%.4f%s, held-out logL=%.3f (%d transitions)",
          order,
          states,
          auc,
          penalisedAuc,
          supported ? "" : " (not supported)",
          heldOutLogLikelihood,
          heldOutTransitions);
    }
  }

  /**
   * The fit of one order.
   *
   * @param order the Markov order
   * @param logLikelihood log-likelihood of the observed transitions
   * @param parameters free parameters
   * @param observations transitions observed
   * @param aic Akaike information criterion
   * @param bic Bayesian information criterion
   */
  public record OrderFit(
      int order, double logLikelihood, int parameters, long observations, double aic, double bic) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "order %d: logL=%.3f, p=%d, n=%d, AIC=%.3f, BIC=%.3f",
          order,
          logLikelihood,
          parameters,
          observations,
          aic,
          bic);
    }
  }
}
