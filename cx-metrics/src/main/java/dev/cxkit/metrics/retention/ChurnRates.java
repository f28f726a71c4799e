package dev.cxkit.metrics.retention;

import static dev.cxkit.model.internal.Preconditions.checkArgument;

/**
 * Churn and retention rates with explicit definitions, and conversion between period lengths.
 *
 * <ul>
 *   <li><b>Cohort-clean</b>: of the customers present at the start of the period, the share lost by
 *       its end. Customers acquired during the period are ignored entirely.
 *   <li><b>Average-base</b>: all customers lost during the period (including ones acquired during
 *       it) divided by the average of the opening and closing customer counts. Common in company
 *       reports; it is not a probability and can exceed 1 under heavy turnover.
 *   <li><b>Exposure-based hazard</b>: see {@link ChurnExposure}.
 * </ul>
 *
 * <p>Rates are converted between period lengths by compounding, never by multiplying: a 5% monthly
 * churn is {@code 1 - 0.95^12 = 45.96%} a year, not 60%.
 *
 * <pre>{@code
 * double monthly = ChurnRates.cohortClean(1000, 50);        // 0.05
 * double annual = ChurnRates.compound(monthly, 12);         // 0.4596
 * double retained = ChurnRates.retentionRate(1000, 950);    // 0.95
 * }</pre>
 */
public final class ChurnRates {

  private ChurnRates() {}

  /**
   * Cohort-clean churn: {@code lostFromStart / customersAtStart}.
   *
   * @param customersAtStart customers present at the start of the period, {@code > 0}
   * @param lostFromStart how many of those had churned by the end, in [0, customersAtStart]
   */
  public static double cohortClean(long customersAtStart, long lostFromStart) {
    checkArgument(customersAtStart > 0, "customersAtStart must be > 0, was %s", customersAtStart);
    checkArgument(
        lostFromStart >= 0 && lostFromStart <= customersAtStart,
        "lostFromStart must be in [0, customersAtStart=%s], was %s",
        customersAtStart,
        lostFromStart);
    return (double) lostFromStart / customersAtStart;
  }

  /**
   * Retention rate: the share of customers present at the start who are still customers at the end,
   * {@code retainedFromStart / customersAtStart} (one minus cohort-clean churn).
   *
   * @param customersAtStart customers present at the start of the period, {@code > 0}
   * @param retainedFromStart how many of those remain at the end, in [0, customersAtStart]
   */
  public static double retentionRate(long customersAtStart, long retainedFromStart) {
    checkArgument(customersAtStart > 0, "customersAtStart must be > 0, was %s", customersAtStart);
    checkArgument(
        retainedFromStart >= 0 && retainedFromStart <= customersAtStart,
        "retainedFromStart must be in [0, customersAtStart=%s], was %s",
        customersAtStart,
        retainedFromStart);
    return (double) retainedFromStart / customersAtStart;
  }

  /**
   * Average-base churn: {@code churned / ((customersAtStart + customersAtEnd) / 2)}.
   *
   * @param customersAtStart customers at the start of the period, {@code >= 0}
   * @param customersAtEnd customers at the end of the period, {@code >= 0}
   * @param churned all customers lost during the period, at least {@code customersAtStart -
   *     customersAtEnd} (otherwise the implied number of acquisitions would be negative)
   */
  public static double averageBase(long customersAtStart, long customersAtEnd, long churned) {
    Checks.checkCount("customersAtStart", customersAtStart);
    Checks.checkCount("customersAtEnd", customersAtEnd);
    Checks.checkCount("churned", churned);
    checkArgument(
        customersAtStart > 0 || customersAtEnd > 0,
        "customersAtStart + customersAtEnd must be > 0 for an average base, was 0");
    checkArgument(
        churned >= customersAtStart - customersAtEnd,
        "churned must be >= customersAtStart - customersAtEnd = %s (acquisitions cannot be"
            + " negative), was %s",
        customersAtStart - customersAtEnd,
        churned);
    // halves first: customersAtStart + customersAtEnd overflows a long near Long.MAX_VALUE
    return churned / (customersAtStart / 2.0 + customersAtEnd / 2.0);
  }

  /**
   * Churn over {@code periods} periods when each period has churn probability {@code
   * churnPerPeriod}: {@code 1 - (1 - churnPerPeriod)^periods}. Use {@code periods = 12} to
   * annualise a monthly rate and {@code periods = 1.0 / 12} for the reverse.
   *
   * @param churnPerPeriod a churn probability, in [0, 1]
   * @param periods how many periods, finite and {@code >= 0} (fractions allowed)
   */
  public static double compound(double churnPerPeriod, double periods) {
    checkArgument(
        churnPerPeriod >= 0.0 && churnPerPeriod <= 1.0,
        "churnPerPeriod must be in [0, 1], was %s",
        churnPerPeriod);
    Checks.checkTime("periods", periods);
    if (periods == 0.0) {
      return 0.0;
    }
    // log1p/expm1 keep small rates accurate
    return churnPerPeriod == 1.0 ? 1.0 : -Math.expm1(periods * Math.log1p(-churnPerPeriod));
  }

  /**
   * Retention over {@code periods} periods when each period retains {@code retentionPerPeriod}:
   * {@code retentionPerPeriod^periods}.
   *
   * @param retentionPerPeriod a retention probability, in [0, 1]
   * @param periods how many periods, finite and {@code >= 0} (fractions allowed)
   */
  public static double compoundRetention(double retentionPerPeriod, double periods) {
    checkArgument(
        retentionPerPeriod >= 0.0 && retentionPerPeriod <= 1.0,
        "retentionPerPeriod must be in [0, 1], was %s",
        retentionPerPeriod);
    Checks.checkTime("periods", periods);
    return Math.pow(retentionPerPeriod, periods);
  }
}
