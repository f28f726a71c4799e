package dev.cxkit.metrics.gaps;

import static dev.cxkit.model.internal.Preconditions.checkArgument;
import static dev.cxkit.model.internal.Preconditions.checkNotNull;

import dev.cxkit.metrics.stats.Interval;
import java.util.Locale;

/**
 * The gap between what the company estimates customers report at a touchpoint and what they do
 * report.
 *
 * <pre>{@code
 * PerceptionGap g = gaps.get(0);
 * g.gap();          // company estimate − customer mean, e.g. +0.9: the company overestimates
 * g.verdict();      // OVERESTIMATED when the estimate lies above the customer interval
 * }</pre>
 *
 * @param touchpoint the touchpoint
 * @param companyEstimate the company's estimate of the customers' mean score
 * @param customerMean the customers' mean score
 * @param customerInterval t interval of the customers' mean
 * @param n number of customer scores
 * @param gap companyEstimate − customerMean
 * @param verdict whether the estimate lies above, inside or below the interval
 */
public record PerceptionGap(
    String touchpoint,
    double companyEstimate,
    double customerMean,
    Interval customerInterval,
    int n,
    double gap,
    Verdict verdict) {

  /** Checks the fields. */
  public PerceptionGap {
    checkNotNull(touchpoint, "touchpoint");
    checkNotNull(customerInterval, "customerInterval");
    checkNotNull(verdict, "verdict");
    checkArgument(n >= 2, "n must be at least 2, was %s", n);
  }

  /** How the company's estimate compares with the customers' interval. */
  public enum Verdict {
    /** The estimate lies above the customers' interval: the company thinks it does better. */
    OVERESTIMATED,
    /** The estimate lies within the interval. */
    CONSISTENT,
    /** The estimate lies below the interval: customers are happier than the company thinks. */
    UNDERESTIMATED
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%s: company %.3f vs customers %.3f %s (n=%d), gap %+.3f, %s",
        touchpoint,
        companyEstimate,
        customerMean,
        customerInterval,
        n,
        gap,
        verdict);
  }
}
