package dev.cxkit.journey.markov;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import dev.cxkit.journey.assembly.Journeys;
import dev.cxkit.journey.paths.PathOptions;
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
 * <pre>{@code
 * OrderSelection sel = OrderSelection.compare(journeys, PathOptions.of(Dimension.CHANNEL), 3);
 * sel.bestByBic().order();
 * }</pre>
 */
public final class OrderSelection {
  private final List<OrderFit> fits;

  private OrderSelection(List<OrderFit> fits) {
    this.fits = List.copyOf(fits);
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
    return new OrderSelection(fits);
  }

  /** One fit per order, ascending. */
  public List<OrderFit> fits() {
    return fits;
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
    return "OrderSelection" + fits;
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
