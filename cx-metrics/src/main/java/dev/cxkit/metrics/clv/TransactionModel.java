package dev.cxkit.metrics.clv;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

import java.util.List;

/**
 * A fitted buy-till-you-die model of repeat transactions in a non-contractual setting: BG/NBD,
 * MBG/NBD or Pareto/NBD. Times are in the unit of the summaries the model was fitted on.
 *
 * <pre>{@code
 * TransactionModel m = BgNbd.fit(cbs).model();
 * double alive = m.probabilityAlive(2, 30.43, 38.86);
 * double next39 = m.conditionalExpectedTransactions(39, 2, 30.43, 38.86);   // 1.226
 * double curve = m.expectedTransactions(52);   // E[X(52)] for a new customer
 * }</pre>
 *
 * <p>Predictions never return NaN or infinity: arguments are checked ({@code
 * IllegalArgumentException} naming field, value and rule) and an expression that cannot be
 * evaluated at the model's parameters throws {@code ArithmeticException} (for example BG/NBD's
 * {@code E[X(t)]}, whose hypergeometric form needs {@code a + b > 1}).
 */
public interface TransactionModel {

  /** Parameter names in the order of {@link #parameters()}. */
  List<String> parameterNames();

  /** The parameter values (a fresh copy). */
  double[] parameters();

  /** Log-likelihood of weighted summaries under this model (including constant terms). */
  double logLikelihood(CustomerSummaries summaries);

  /**
   * Expected number of repeat transactions {@code E[X(t)]} of a customer in the {@code t} time
   * units after the first purchase (the population curve).
   */
  double expectedTransactions(double t);

  /**
   * Expected transactions {@code E[Y(t) | x, t_x, T]} in the next {@code t} time units of a
   * customer with the given calibration history.
   */
  double conditionalExpectedTransactions(double t, int x, double tx, double age);

  /** Probability that a customer with this history is still alive at the end of calibration. */
  double probabilityAlive(int x, double tx, double age);

  /**
   * Probability that a customer with this calibration history is alive {@code tau} time units after
   * the end of calibration (a future date), with no assumption about purchases in between; equal to
   * {@link #probabilityAlive(int, double, double)} at {@code tau = 0}.
   */
  double probabilityAliveAt(double tau, int x, double tx, double age);

  /**
   * Probability of exactly {@code n} repeat transactions in the first {@code t} time units after
   * the first purchase, for a new customer: what the calibration-frequency fit check compares with
   * the observed counts.
   */
  double probabilityOfTransactions(int n, double t);

  /**
   * Expected transactions in the window {@code (T + from, T + to]} of a customer with this
   * calibration history: conditional expectations "as of" a date after the end of calibration,
   * {@code E[Y(to)] − E[Y(from)]}.
   */
  default double conditionalExpectedTransactions(
      double from, double to, int x, double tx, double age) {
    Checks.horizon(from);
    checkArgument(
        Double.isFinite(to) && to >= from, "to must be finite and >= from=%s, was %s", from, to);
    return Math.max(
        0.0,
        conditionalExpectedTransactions(to, x, tx, age)
            - conditionalExpectedTransactions(from, x, tx, age));
  }

  /**
   * {@link #conditionalExpectedTransactions(double, int, double, double)} for every row of {@code
   * summaries} (unweighted: per row).
   */
  default double[] conditionalExpectedTransactions(CustomerSummaries summaries, double t) {
    double[] out = new double[summaries.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          conditionalExpectedTransactions(t, summaries.x[i], summaries.tx[i], summaries.age[i]);
    }
    return out;
  }

  /**
   * Weighted sum over the rows of the expected repeat transactions in the holdout period: the
   * model's forecast to put beside {@link CustomerSummaries#totalHoldoutFrequency()}.
   */
  default double expectedHoldoutTransactions(CustomerSummaries summaries) {
    checkArgument(summaries.hasHoldout(), "summaries must carry a holdout period, had none");
    double t = summaries.holdoutLength();
    double sum = 0.0;
    for (int i = 0; i < summaries.size(); i++) {
      sum +=
          summaries.weight[i]
              * conditionalExpectedTransactions(
                  t, summaries.x[i], summaries.tx[i], summaries.age[i]);
    }
    return sum;
  }

  /**
   * Discounted expected transactions over {@code periods} future periods of length {@code
   * periodLength}: {@code sum_{k=1..n} (E[Y(k L)] - E[Y((k-1) L)]) / (1 + d)^k}, that is,
   * transactions of period {@code k} are discounted from the end of that period. Multiply by the
   * expected margin per transaction (e.g. {@link GammaGamma#conditionalExpectedSpend}) for a
   * discounted CLV.
   *
   * @param discountRate discount rate per period, {@code >= 0}
   */
  default double discountedExpectedTransactions(
      int x, double tx, double age, int periods, double periodLength, double discountRate) {
    // the same rules as a CLV specification's
    new ClvSpecification(1.0, periods, periodLength, discountRate);
    double previous = 0.0;
    double factor = 1.0;
    double sum = 0.0;
    for (int k = 1; k <= periods; k++) {
      double cumulative = conditionalExpectedTransactions(k * periodLength, x, tx, age);
      factor /= 1.0 + discountRate;
      sum += (cumulative - previous) * factor;
      previous = cumulative;
    }
    return sum;
  }
}
